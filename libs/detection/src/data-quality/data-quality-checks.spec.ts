import { checkHealth } from './data-quality-checks';
import type { DataQualityReason } from './data-quality-reason';
import type { HealthObservation } from './health-observation';

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

const flagged = (h: Partial<HealthObservation>): DataQualityReason[] =>
  checkHealth({ ...healthy, ...h })
    .filter((c) => c.flagged)
    .map((c) => c.reason);

describe('data-quality checks', () => {
  it('flag nothing on healthy data', () => {
    expect(flagged({})).toEqual([]);
  });

  it('flag a silent stream only when enough events were expected', () => {
    expect(flagged({ events: 0, expectedEvents: 40 })).toEqual(['stream_silent']);
    expect(flagged({ events: 0, expectedEvents: 10 })).toEqual([]); // night-time trickle: silence means little
    expect(flagged({ events: 1, expectedEvents: 40 })).toEqual([]);
  });

  it('flag contacts that never end by count and share', () => {
    expect(flagged({ openContactsOverdue: 6, contactsPastHorizon: 100 })).toEqual(['contacts_never_end']); // 6 ≥ 5 and 6 % ≥ 5 %
    expect(flagged({ openContactsOverdue: 4, contactsPastHorizon: 20 })).toEqual([]); // 20 %, but only 4
    expect(flagged({ openContactsOverdue: 6, contactsPastHorizon: 200 })).toEqual([]); // 3 %
  });

  it('flag surveys that reference unknown contacts, and impossible values, by count and share', () => {
    expect(flagged({ surveysUnknownContact: 3, surveys: 20 })).toEqual(['surveys_unknown_contact']); // 15 %
    expect(flagged({ surveysUnknownContact: 3, surveys: 40 })).toEqual([]); // 7.5 %
    expect(flagged({ impossibleValues: 6 })).toEqual(['impossible_values']); // 6 of 400 = 1.5 %
    expect(flagged({ impossibleValues: 3, events: 1_000 })).toEqual([]); // 0.3 %
  });

  it('flag a dead-letter jump beyond a one-in-10,000 Poisson tail', () => {
    // 12 against 2 per interval: P(X ≥ 12 | 2) ≈ e^−2·2^12/12!·1.18 ≈ 1.4·10⁻⁶ → flagged.
    expect(flagged({ deadLettered: 12, deadLetteredBaseline: 2 })).toEqual(['dead_letter_jump']);
    // 6 against 2: P(X ≥ 6 | 2) = 1 − 0.98344 = 0.0166 → not.
    expect(flagged({ deadLettered: 6, deadLetteredBaseline: 2 })).toEqual([]);
    // A clean stream (baseline 0) is judged against 0.5: P(X ≥ 5 | 0.5) ≈ 1.7·10⁻⁴ → not; P(X ≥ 6 | 0.5) ≈ 1.4·10⁻⁵ → flagged.
    expect(flagged({ deadLettered: 5, deadLetteredBaseline: 0 })).toEqual([]);
    expect(flagged({ deadLettered: 6, deadLetteredBaseline: 0 })).toEqual(['dead_letter_jump']);
  });
});
