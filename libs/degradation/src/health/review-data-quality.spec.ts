import { initialDataQualityState } from '@vahti/detection';
import { healthObservationOf, type HealthCounts } from './health-observation-of';
import { pastSlotsOf } from './health-rules';
import { parseDataQualityState, reviewDataQuality } from './review-data-quality';

const AT = Date.parse('2026-03-12T10:00:00Z');
const Q = 15 * 60_000;
const counts = (events: number, overrides: Partial<HealthCounts> = {}): HealthCounts => ({
  events,
  pastEvents: [100, 120, 90, 110],
  contactsPastHorizon: 0,
  openContactsOverdue: 0,
  surveys: 0,
  surveysUnknownContact: 0,
  impossibleValues: 0,
  ...overrides,
});

describe('healthObservationOf', () => {
  it('expects the median of the same slot in past weeks, and nothing where the slot was always empty', () => {
    expect(healthObservationOf(counts(5)).expectedEvents).toBe(105);
    expect(healthObservationOf(counts(5, { pastEvents: [0, 0, 400] })).expectedEvents).toBe(0);
    expect(healthObservationOf(counts(5, { pastEvents: [] })).expectedEvents).toBe(0);
  });
});

describe('pastSlotsOf', () => {
  it('gives the same slot of each past week, newest first', () => {
    expect(pastSlotsOf(AT, 2)).toEqual([AT - 7 * 86_400_000, AT - 14 * 86_400_000]);
  });
});

describe('reviewDataQuality', () => {
  it('pages once the stream has been silent for two intervals, flags those intervals, and resolves after clean ones', () => {
    let stored: unknown = null;
    const steps = [0, 0, 104, 98, 101].map((events, i) => {
      const review = reviewDataQuality('acme', AT + i * Q, stored, counts(events));
      stored = JSON.parse(JSON.stringify(review.state)); // as persisted
      return review;
    });
    // The first clean interval is still flagged (keepFiringFor 2); the second resolves the alert.
    expect(steps.map((s) => s.flagged)).toEqual([['stream_silent'], ['stream_silent'], ['stream_silent'], [], []]);
    expect(steps.map((s) => s.alerts.map((a) => a.status))).toEqual([[], ['firing'], ['firing'], ['resolved'], []]); // firing signals keep the alert alive
    expect(steps[1]!.alerts[0]).toMatchObject({
      tenantId: 'acme',
      labels: { alertname: 'BrokenData', kpi: 'stream_silent', detector: 'data_quality', severity: 'critical', area: 'H', process: 'H4' },
      summary: 'Broken data: no events arrived during opening hours',
      candidates: [],
    });
  });

  it('flags contacts that never end at once, as a warning', () => {
    const review = reviewDataQuality('acme', AT, null, counts(100, { contactsPastHorizon: 80, openContactsOverdue: 20 }));
    expect(review.flagged).toEqual(['contacts_never_end']);
    expect(review.alerts[0]?.labels).toMatchObject({ kpi: 'contacts_never_end', severity: 'warning' });
  });

  it('reviews each interval once: a repeated interval changes nothing', () => {
    const first = reviewDataQuality('acme', AT, null, counts(0));
    const again = reviewDataQuality('acme', AT, first.state, counts(0));
    expect(again.state).toEqual(first.state);
    expect(again.alerts).toEqual([]);
  });
});

describe('parseDataQualityState', () => {
  it('reads back a stored state and starts afresh from anything else', () => {
    const stored = reviewDataQuality('acme', AT, null, counts(0)).state;
    expect(parseDataQualityState(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    for (const junk of [
      null,
      'x',
      42,
      { version: 2, lastIntervalStart: 0, checks: {} },
      { version: 1, lastIntervalStart: 'x', checks: {} },
    ]) {
      expect(parseDataQualityState(junk)).toEqual(initialDataQualityState());
    }
    expect(parseDataQualityState({ version: 1, lastIntervalStart: AT, checks: { no_such_reason: {} } })).toEqual({
      version: 1,
      lastIntervalStart: AT,
      checks: {},
    });
  });
});
