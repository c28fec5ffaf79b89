import fc from 'fast-check';
import { INACTIVE, stepDebounce, type DebounceState, type Transition, type Verdict } from './debounced-condition';

const I = 900_000;
const enter: Verdict = { kind: 'enter', severity: 'warning' };
const exit: Verdict = { kind: 'exit' };
const hold: Verdict = { kind: 'hold' };

function run(verdicts: readonly Verdict[], rule = { forIntervals: 2, keepFiringFor: 2 }): Transition[] {
  let state: DebounceState = INACTIVE;
  return verdicts.map((v, i) => {
    const step = stepDebounce(state, v, i * I, rule);
    state = step.state;
    return step.transition;
  });
}

describe('debounced condition', () => {
  it('fires after `for` enter verdicts in a row and resolves after `keepFiringFor` exit verdicts in a row', () => {
    expect(run([enter, enter, enter, exit, exit, exit])).toEqual(['pending', 'fired', 'firing', 'firing', 'resolved', 'none']);
  });

  it('drops a pending condition that does not hold on the next evaluation', () => {
    expect(run([enter, hold, enter, exit, enter, enter])).toEqual(['pending', 'none', 'pending', 'none', 'pending', 'fired']);
  });

  it('fires at once with for = 1', () => {
    expect(run([enter], { forIntervals: 1, keepFiringFor: 2 })).toEqual(['fired']);
  });

  it('needs the exit verdicts in a row: a hold or an enter in between starts the count again', () => {
    expect(run([enter, enter, exit, hold, exit, enter, exit, exit])).toEqual([
      'pending',
      'fired',
      'firing',
      'firing',
      'firing',
      'firing',
      'firing',
      'resolved',
    ]);
  });

  it('dates the episode from its first enter verdict and raises severity only', () => {
    let state: DebounceState = INACTIVE;
    const rule = { forIntervals: 2, keepFiringFor: 1 };
    const verdicts: Verdict[] = [enter, { kind: 'enter', severity: 'critical' }, enter, exit];
    const steps = verdicts.map((v, i) => {
      const step = stepDebounce(state, v, 1_000 * I + i * I, rule);
      state = step.state;
      return step;
    });
    expect(steps.map((s) => s.since)).toEqual([1_000 * I, 1_000 * I, 1_000 * I, 1_000 * I]);
    expect(steps.map((s) => s.severity)).toEqual(['warning', 'critical', 'critical', 'critical']);
    expect(steps[3]?.transition).toBe('resolved');
    expect(state).toEqual(INACTIVE);
  });

  it('never resolves while the verdicts stay between the lines (enter or hold, never exit)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(enter, hold), { minLength: 1, maxLength: 200 }), (verdicts) => {
        expect(run([enter, enter, ...verdicts])).not.toContain('resolved');
      }),
    );
  });
});
