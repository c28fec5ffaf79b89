import type { Observation } from '../observations/observation';
import {
  DEFAULT_SHIFT_CONFIG,
  stepShift,
  WATCHING,
  type ShiftConfig,
  type ShiftEvidence,
  type ShiftState,
  type ShiftStep,
} from './shift-detector';

const I = 900_000;
/** The mechanics with round numbers (h = 7, spike 10, recovery h/2): the defaults only scale them. */
const CONFIG: ShiftConfig = { ...DEFAULT_SHIFT_CONFIG, threshold: 7, spikeThreshold: 10, recoveryThreshold: 3.5 };
const observation: Observation = { kind: 'proportion', bad: 5, trials: 50 };

/** Evidence with the given increments; spike = increment unless given, recovery = increment unless given. */
const evidence = (increment: number, extra: Partial<ShiftEvidence> = {}): ShiftEvidence => ({
  increment,
  spike: increment,
  recovery: increment,
  observation,
  expected: 0.05,
  levelOf: () => 1,
  ...extra,
});

function run(list: readonly ShiftEvidence[], start: ShiftState = WATCHING): ShiftStep[] {
  let state = start;
  return list.map((e, i) => {
    const step = stepShift(state, e, i * I, CONFIG);
    state = step.state;
    return step;
  });
}

describe('shift detector', () => {
  it('fires above h and dates the shift from where the CUSUM last left 0', () => {
    // Increments −1, 2, −1, 3, 4: S = 0, 2, 1, 4, 8. S left 0 at interval 1; 8 > h = 7 fires at interval 4.
    // Pending from h/2 = 3.5 (interval 3, S = 4).
    const steps = run([-1, 2, -1, 3, 4].map((x) => evidence(x)));
    expect(steps.map((s) => s.statistic)).toEqual([0, 2, 1, 4, 8]);
    expect(steps.map((s) => s.transition)).toEqual(['none', 'none', 'none', 'pending', 'fired']);
    expect(steps[4]?.since).toBe(1 * I);
    expect(steps[4]?.severity).toBe('warning');
    // The episode holds the four intervals since the change point.
    expect(steps[4]?.episode?.intervals).toBe(4);
    expect(steps[4]?.episode?.observation).toEqual({ kind: 'proportion', bad: 20, trials: 200 });
  });

  it('forgets a change point when the CUSUM returns to 0', () => {
    // S = 3, 0, 2: the second excursion starts at interval 2.
    const steps = run([3, -5, 2].map((x) => evidence(x)));
    expect(steps.map((s) => s.state.since)).toEqual([0, null, 2 * I]);
  });

  it('turns critical at 2h and stays critical for the episode', () => {
    // S = 8 (fired, warning), 15 ≥ 14 (critical), 12 (still critical: severity only rises).
    const steps = run([8, 7, -3].map((x) => evidence(x)));
    expect(steps.map((s) => s.severity)).toEqual(['warning', 'critical', 'critical']);
  });

  it('fires at once on one overwhelming interval (spike), with the spike as its evidence', () => {
    const steps = run([evidence(1, { spike: 10.5 })]);
    expect(steps[0]?.transition).toBe('fired');
    expect(steps[0]?.statistic).toBe(10.5);
    expect(steps[0]?.state.level).toBe(1);
  });

  it('resolves after recovery evidence of h/2 on two evaluations in a row, then starts again from 0', () => {
    // Fired at S = 8. Recovery increments (under the alarm's level): −4 → R = 4 ≥ 3.5 (1st), −1 → R = 5 (2nd) → resolved.
    const steps = run([evidence(8), evidence(-0.5, { recovery: -4 }), evidence(-0.5, { recovery: -1 })]);
    expect(steps.map((s) => s.transition)).toEqual(['fired', 'firing', 'resolved']);
    expect(steps[2]?.state).toEqual(WATCHING);
    expect(steps[2]?.since).toBe(0); // the resolved signal still says since when the episode ran
  });

  it('does not resolve a series that alternates between bad and normal intervals', () => {
    // Recovery evidence −4 then +6 (a bad interval again): R = 4, then 0; never two in a row.
    const alternating = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? evidence(-0.5, { recovery: -4 }) : evidence(2, { recovery: 6 }),
    );
    const steps = run([evidence(8), ...alternating]);
    expect(steps.map((s) => s.transition)).not.toContain('resolved');
  });

  it('resolves when the CUSUM itself falls back to 0', () => {
    const steps = run([evidence(8), evidence(-9, { recovery: 0 })]);
    expect(steps[1]?.transition).toBe('resolved');
  });
});
