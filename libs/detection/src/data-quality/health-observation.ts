// What the alerter measures about the data itself, per tenant (or per series) and 15-minute
// interval, next to the KPI counters. All are counts the ingestor and the event store can give
// without judging anything; the judging is in data-quality-checks.ts.

export interface HealthObservation {
  /** Events accepted for the interval (by occurrence time), every type. */
  readonly events: number;
  /** Events the interval should have: e.g. the median of the same slot over recent weeks; 0 outside opening hours. */
  readonly expectedEvents: number;
  /**
   * Contacts offered in the interval one overdue horizon ago (e.g. 4 h: no voice or chat contact
   * lasts that long) that still have no contact.ended, and all contacts offered then.
   */
  readonly openContactsOverdue: number;
  readonly contactsPastHorizon: number;
  /** Survey responses received, and those whose contactId matches no known contact. */
  readonly surveys: number;
  readonly surveysUnknownContact: number;
  /** Accepted events with a value that cannot be (end before start, negative duration, a wait of days on a voice queue). */
  readonly impossibleValues: number;
  /** Events sent to the dead-letter topic, and the number expected per interval (e.g. the mean of the last week). */
  readonly deadLettered: number;
  readonly deadLetteredBaseline: number;
}
