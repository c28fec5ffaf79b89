import { initialDataQualityState, stepDataQuality, type DataQualityState } from './data-quality-monitor';
import type { HealthObservation } from './health-observation';

const I = 900_000;
const T0 = Date.UTC(2026, 2, 10, 8, 0); // Tuesday 10:00 in Helsinki (UTC+2)
const healthy: HealthObservation = {
  events: 400,
  expectedEvents: 420,
  openContactsOverdue: 0,
  contactsPastHorizon: 100,
  surveys: 20,
  surveysUnknownContact: 0,
  impossibleValues: 0,
  deadLettered: 1,
  deadLetteredBaseline: 1,
};
const silent: HealthObservation = { ...healthy, events: 0 };

function run(healths: readonly HealthObservation[]) {
  let state: DataQualityState = initialDataQualityState();
  return healths.map((h, i) => {
    const step = stepDataQuality(state, T0 + i * I, h, undefined, 120);
    state = step.state;
    return step;
  });
}

describe('data-quality monitor', () => {
  it('marks silent intervals broken at once, fires after two, resolves after two clean ones', () => {
    const steps = run([silent, silent, silent, healthy, healthy, healthy]);
    expect(steps.map((s) => s.flagged)).toEqual([['stream_silent'], ['stream_silent'], ['stream_silent'], ['stream_silent'], [], []]);
    expect(steps.map((s) => s.signals.map((g) => g.status))).toEqual([['pending'], ['firing'], ['firing'], ['firing'], ['resolved'], []]);
    const fired = steps[1]?.signals[0];
    expect(fired).toMatchObject({
      metric: 'stream_silent',
      detector: 'data_quality',
      severity: 'critical',
      since: T0,
      value: 0,
      expected: 420,
    });
    expect(fired?.reason).toBe('no events arrived during opening hours: 0 vs 420 expected, since 10:00');
  });

  it('fires the other checks on the first flagged interval, as warnings', () => {
    const steps = run([{ ...healthy, surveysUnknownContact: 5 }]);
    expect(steps[0]?.signals).toMatchObject([
      { metric: 'surveys_unknown_contact', status: 'firing', severity: 'warning', value: 5, sample: 20 },
    ]);
    expect(steps[0]?.signals[0]?.reason).toBe('surveys reference contacts that do not exist: 5 of 20, since 10:00');
  });

  it('keeps only active checks in its state, and ignores repeated or older intervals', () => {
    const first = stepDataQuality(initialDataQualityState(), T0, { ...healthy, impossibleValues: 9 });
    expect(Object.keys(first.state.checks)).toEqual(['impossible_values']);
    const again = stepDataQuality(first.state, T0, healthy);
    expect(again).toEqual({ state: first.state, signals: [], flagged: [], outcome: 'ignored_duplicate' });
    expect(stepDataQuality(first.state, T0 - I, healthy).outcome).toBe('ignored_out_of_order');
    expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
  });
});
