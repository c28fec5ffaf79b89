// The per-interval checks of broken data, each a plain yes/no with the numbers behind it; the
// debounce and the signals are in data-quality-monitor.ts. Every line is a count AND a share (or a
// tail probability), so one odd event in a quiet interval is not "broken data" and a thousand in a
// busy one are not excused by their share. All lines are [S], to be calibrated by replay.
import { poissonUpperTail } from '../stats/poisson-tail';
import type { DataQualityReason } from './data-quality-reason';
import type { HealthObservation } from './health-observation';

export interface DataQualityConfig {
  /** Silent: at least this many events expected and at most `silentShare` of them seen, for `silenceIntervals` in a row. */
  readonly minExpectedEvents: number;
  readonly silentShare: number;
  readonly silenceIntervals: number;
  /** Contacts never ending: at least this many overdue, and this share of the contacts offered then. */
  readonly minOverdueContacts: number;
  readonly minOverdueShare: number;
  readonly minUnknownSurveys: number;
  readonly minUnknownSurveyShare: number;
  readonly minImpossibleValues: number;
  readonly minImpossibleShare: number;
  /** Dead-letter jump: at least this many, and P(X ≥ count | Poisson(baseline)) below `deadLetterAlpha`. */
  readonly minDeadLettered: number;
  readonly deadLetterAlpha: number;
  /** Floor of the dead-letter baseline: a usually clean stream still has "half an event" of slack. */
  readonly minDeadLetterBaseline: number;
  /** Intervals without the flag before it resolves. */
  readonly keepFiringFor: number;
}

/**
 * Defaults [S]: 20 expected events make silence meaningful (P(0 | Poisson(20)) = e^−20); two silent
 * intervals = 30 min, as `for` elsewhere (§A.6.5); 5 % of contacts never ending or 10 % of surveys
 * pointing nowhere is a feed problem, not noise; 1 % impossible values; dead letters beyond a
 * one-in-10,000 Poisson tail.
 */
export const DEFAULT_DATA_QUALITY_CONFIG: DataQualityConfig = {
  minExpectedEvents: 20,
  silentShare: 0,
  silenceIntervals: 2,
  minOverdueContacts: 5,
  minOverdueShare: 0.05,
  minUnknownSurveys: 3,
  minUnknownSurveyShare: 0.1,
  minImpossibleValues: 3,
  minImpossibleShare: 0.01,
  minDeadLettered: 5,
  deadLetterAlpha: 1e-4,
  minDeadLetterBaseline: 0.5,
  keepFiringFor: 2,
};

export interface DataQualityCheck {
  readonly reason: DataQualityReason;
  readonly flagged: boolean;
  /** The observed count. */
  readonly value: number;
  /** What was expected (events, dead letters), or null where "expected" is zero by definition. */
  readonly expected: number | null;
  /** The denominator of the share (events, contacts, surveys). */
  readonly sample: number;
}

/** The five checks of one interval. */
export function checkHealth(h: HealthObservation, config: DataQualityConfig = DEFAULT_DATA_QUALITY_CONFIG): DataQualityCheck[] {
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : part > 0 ? 1 : 0);
  const deadLetterMean = Math.max(h.deadLetteredBaseline, config.minDeadLetterBaseline);
  return [
    {
      reason: 'stream_silent',
      flagged: h.expectedEvents >= config.minExpectedEvents && h.events <= config.silentShare * h.expectedEvents,
      value: h.events,
      expected: h.expectedEvents,
      sample: h.expectedEvents,
    },
    {
      reason: 'contacts_never_end',
      flagged:
        h.openContactsOverdue >= config.minOverdueContacts && share(h.openContactsOverdue, h.contactsPastHorizon) >= config.minOverdueShare,
      value: h.openContactsOverdue,
      expected: null,
      sample: h.contactsPastHorizon,
    },
    {
      reason: 'surveys_unknown_contact',
      flagged:
        h.surveysUnknownContact >= config.minUnknownSurveys && share(h.surveysUnknownContact, h.surveys) >= config.minUnknownSurveyShare,
      value: h.surveysUnknownContact,
      expected: null,
      sample: h.surveys,
    },
    {
      reason: 'impossible_values',
      flagged: h.impossibleValues >= config.minImpossibleValues && share(h.impossibleValues, h.events) >= config.minImpossibleShare,
      value: h.impossibleValues,
      expected: null,
      sample: h.events,
    },
    {
      reason: 'dead_letter_jump',
      flagged: h.deadLettered >= config.minDeadLettered && poissonUpperTail(h.deadLettered, deadLetterMean) < config.deadLetterAlpha,
      value: h.deadLettered,
      expected: h.deadLetteredBaseline,
      sample: h.events + h.deadLettered,
    },
  ];
}
