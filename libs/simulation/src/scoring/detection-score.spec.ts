import type { GroundTruth } from '../contact-center/ground-truth';
import { scoreRun, summariseScores } from './detection-score';
import type { ScoredAlert } from './fault-match';

const T0 = Date.parse('2026-03-04T08:00:00Z');
const MIN = 60_000;
const scenario = {
  queues: [
    { id: 'voice-billing', callback: { queueId: 'voice-callback' } },
    { id: 'voice-support', callback: { queueId: 'voice-callback' } },
    { id: 'chat-general' },
    { id: 'voice-callback' },
  ],
} as never;

const truth: GroundTruth = {
  tenant: 'northwind',
  source: '/sim/northwind/x',
  faults: [
    {
      id: 'billing-aht-up',
      kind: 'handle_time_increase',
      parameter: 'handleTime',
      start: new Date(T0).toISOString(),
      end: new Date(T0 + 240 * MIN).toISOString(),
      segment: { contactReason: 'billing' },
      multiply: 1.4,
    },
    {
      id: 'chat-surge',
      kind: 'volume_surge',
      parameter: 'volume',
      start: new Date(T0 + 1440 * MIN).toISOString(),
      end: new Date(T0 + 1620 * MIN).toISOString(),
      segment: { queueId: 'chat-general' },
      multiply: 1.6,
    },
  ],
};

const alert = (over: Partial<ScoredAlert>): ScoredAlert => ({
  queueId: 'voice-billing',
  channel: 'voice',
  metric: 'average_handle_time',
  detector: 'shift',
  severity: 'warning',
  firedAt: T0 + 30 * MIN,
  candidates: [],
  ...over,
});

describe('scoreRun', () => {
  it('credits the earliest matching alert and the rank of the first candidate that names the fault', () => {
    const alerts = [
      // Fires at the close of the fault's second interval: delay 2. Candidate 2 names reason billing.
      alert({
        candidates: [
          { rank: 1, factor: 'handle_time', dimension: 'team', value: 'team-billing' },
          { rank: 2, factor: 'handle_time', dimension: 'reason', value: 'billing' },
        ],
      }),
      // Later and on the tenant total: matches, but is not the first.
      alert({
        queueId: 'all',
        firedAt: T0 + 60 * MIN,
        candidates: [{ rank: 1, factor: 'handle_time', dimension: 'reason', value: 'billing' }],
      }),
      // Chat surge seen on chat-general after 3 intervals, cause volume (no localisation needed: the fault has a queue only).
      alert({
        queueId: 'chat-general',
        channel: 'chat',
        metric: 'offered_volume',
        firedAt: T0 + 1485 * MIN,
        candidates: [{ rank: 1, factor: 'volume' }],
      }),
      // On chat-general during the AHT fault: chat-general is reached by a reason fault (every queue), so it is explained.
      alert({ queueId: 'chat-general', channel: 'chat', firedAt: T0 + 90 * MIN }),
      // Voice-support six hours after the AHT fault ended (2 h linger): false.
      alert({ queueId: 'voice-support', firedAt: T0 + 600 * MIN }),
      // Before the scored period: ignored.
      alert({ firedAt: T0 - 20_000 * MIN }),
    ];
    const score = scoreRun({ truth, scenario, alerts, series: 4 }, T0 - 7 * 1440 * MIN, T0 + 7 * 1440 * MIN);
    expect(score.faults.map((f) => [f.faultId, f.detected, f.delayIntervals, f.causeRank])).toEqual([
      ['billing-aht-up', true, 2, 2],
      ['chat-surge', true, 3, 1],
    ]);
    expect(score.alerts).toBe(5);
    expect(score.explained).toBe(4);
    expect(score.falseAlerts.map((a) => a.queueId)).toEqual(['voice-support']);
    expect(score.seriesWeeks).toBeCloseTo(8); // 4 series × 2 weeks
  });

  it('does not credit a queue fault on a queue it does not reach, nor a candidate with the wrong factor', () => {
    const alerts = [
      alert({ queueId: 'voice-billing', metric: 'offered_volume', firedAt: T0 + 1470 * MIN, candidates: [{ rank: 1, factor: 'volume' }] }),
      alert({ queueId: 'all', firedAt: T0 + 1500 * MIN, candidates: [{ rank: 1, factor: 'handle_time' }] }),
    ];
    const score = scoreRun({ truth, scenario, alerts, series: 4 }, T0 - MIN, T0 + 7 * 1440 * MIN);
    const surge = score.faults.find((f) => f.faultId === 'chat-surge');
    expect(surge).toMatchObject({ detected: true, delayIntervals: 4, causeRank: null });
    expect(score.falseAlerts).toHaveLength(1);
  });
  it('counts the delay from the interval in which a fault first took effect, not from a start in closed hours', () => {
    // Scheduled from midnight; the queue opens at 08:00, the first surged arrival is at 08:03.
    const night = T0 - 8 * 60 * MIN;
    const surge = {
      ...(truth.faults[1] as GroundTruth['faults'][number]),
      start: new Date(night).toISOString(),
      end: new Date(night + 1440 * MIN).toISOString(),
      observableFrom: new Date(T0 + 3 * MIN).toISOString(),
    };
    const alerts = [alert({ queueId: 'chat-general', firedAt: T0 + 30 * MIN, candidates: [{ rank: 1, factor: 'volume' }] })];
    const score = scoreRun({ truth: { ...truth, faults: [surge] }, scenario, alerts, series: 4 }, night - MIN, T0 + 1440 * MIN);
    expect(score.faults[0]).toMatchObject({ detected: true, delayIntervals: 2, delayFromStartIntervals: 34 });
    const summary = summariseScores([score], []);
    expect([summary.medianDelayIntervals, summary.medianDelayFromStartIntervals]).toEqual([2, 34]);
  });
  it('credits a knowledge-base outage to the proficiency candidate, whichever parameter the fault changed', () => {
    const kb = { ...(truth.faults[0] as GroundTruth['faults'][number]), id: 'kb', kind: 'kb_outage', segment: {} };
    const alerts = [
      alert({
        candidates: [
          { rank: 1, factor: 'forecast' },
          { rank: 2, factor: 'proficiency' },
        ],
      }),
    ];
    const score = scoreRun({ truth: { ...truth, faults: [kb] }, scenario, alerts, series: 4 }, T0 - MIN, T0 + 1440 * MIN);
    expect(score.faults[0]?.causeRank).toBe(2);
    const plain = { ...kb, kind: 'handle_time_increase' };
    expect(
      scoreRun({ truth: { ...truth, faults: [plain] }, scenario, alerts, series: 4 }, T0 - MIN, T0 + 1440 * MIN).faults[0]?.causeRank,
    ).toBeNull();
  });
});

describe('summariseScores', () => {
  it('adds runs up: recall and causes over faults, precision over fault runs, false alerts over baseline series-weeks', () => {
    const faultRun = scoreRun(
      {
        truth,
        scenario,
        alerts: [alert({ candidates: [{ rank: 1, factor: 'handle_time', dimension: 'reason', value: 'billing' }] })],
        series: 4,
      },
      T0 - MIN,
      T0 + 7 * 1440 * MIN,
    );
    const baseline = scoreRun(
      { truth: { ...truth, faults: [] }, scenario, alerts: [alert({}), alert({})], series: 4 },
      T0 - MIN,
      T0 + 7 * 1440 * MIN - MIN,
    );
    const summary = summariseScores([faultRun], [baseline]);
    expect(summary.recall).toBe(0.5); // 1 of 2 faults
    expect(summary.precision).toBe(1);
    expect(summary.medianDelayIntervals).toBe(2);
    expect(summary.top1).toBe(1);
    expect(summary.top3).toBe(1);
    expect(summary.falseAlertsPerSeriesWeek).toBeCloseTo(2 / 4, 3); // 2 alerts over 4 series × ~1 week
  });
});
