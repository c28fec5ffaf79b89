// The event store's counts of one interval as libs/detection's HealthObservation. The expected
// number of events is the median of the same slot over the past weeks: robust to one odd week, and
// zero where the slot is usually closed, so a silent night is not a silent stream.
import type { HealthObservation } from '@vahti/detection';

/** Counts of one tenant's interval in the event store (libs/persistence EventHealthRepository reads them). */
export interface HealthCounts {
  readonly events: number;
  /** Events in each past week's same slot (the caller's order). */
  readonly pastEvents: readonly number[];
  readonly contactsPastHorizon: number;
  readonly openContactsOverdue: number;
  readonly surveys: number;
  readonly surveysUnknownContact: number;
  readonly impossibleValues: number;
}

/**
 * The observation of one interval. Dead letters are not in the event store: they stay zero here
 * (the ingestor counts them in `vahti_ingestor_events_dead_lettered_total`).
 */
export function healthObservationOf(counts: HealthCounts): HealthObservation {
  return {
    events: counts.events,
    expectedEvents: median(counts.pastEvents),
    openContactsOverdue: counts.openContactsOverdue,
    contactsPastHorizon: counts.contactsPastHorizon,
    surveys: counts.surveys,
    surveysUnknownContact: counts.surveysUnknownContact,
    impossibleValues: counts.impossibleValues,
    deadLettered: 0,
    deadLetteredBaseline: 0,
  };
}

function median(values: readonly number[]): number {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
