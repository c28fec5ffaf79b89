// Reason codes of broken data, and which source-event families each one corrupts: a KPI is
// "computed from broken data" when a flagged reason corrupts a family the KPI reads
// (WatchedMetric.sources). Lost or garbled events of unknown type corrupt everything.
import type { EventFamily } from '../observations/watched-metric';

export const DATA_QUALITY_REASONS = [
  'stream_silent',
  'contacts_never_end',
  'surveys_unknown_contact',
  'impossible_values',
  'dead_letter_jump',
] as const;

export type DataQualityReason = (typeof DATA_QUALITY_REASONS)[number];

const EVERY_FAMILY: readonly EventFamily[] = ['queue', 'handling', 'surveys', 'agent_states', 'schedules', 'forecasts'];

export const CORRUPTED_FAMILIES: Readonly<Record<DataQualityReason, readonly EventFamily[]>> = {
  stream_silent: EVERY_FAMILY,
  // Without contact.ended there is no handle time, transfer or resolution; offers and waits are intact.
  contacts_never_end: ['handling'],
  surveys_unknown_contact: ['surveys'],
  // The event type of an impossible or dead-lettered value is not in the health counts: assume the worst.
  impossible_values: EVERY_FAMILY,
  dead_letter_jump: EVERY_FAMILY,
};

/** Plain-language reason, for signals. */
export const REASON_TEXT: Readonly<Record<DataQualityReason, string>> = {
  stream_silent: 'no events arrived during opening hours',
  contacts_never_end: 'contacts are not ending (contact.ended missing)',
  surveys_unknown_contact: 'surveys reference contacts that do not exist',
  impossible_values: 'events carry impossible values',
  dead_letter_jump: 'dead-lettered events jumped',
};
