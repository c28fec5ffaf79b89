// What the alerter asks the event store about one tenant's interval, for the broken-data checks of
// libs/detection. The numbers are rules of thumb [S], stated with their reason.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

export interface HealthRules {
  /** A voice or chat contact still open this long after its offer never ended: no call or chat lasts 4 h [S]. */
  readonly overdueHorizonMs: number;
  /** Surveys arrive within hours to a day or two of the contact; a week back is generous [S]. */
  readonly surveyLookbackMs: number;
  /** A wait or handle time of more than a day on voice or chat is not a slow contact but a broken clock or unit [S]. */
  readonly implausibleSeconds: number;
}

export const DEFAULT_HEALTH_RULES: HealthRules = {
  overdueHorizonMs: 4 * HOUR_MS,
  surveyLookbackMs: WEEK_MS,
  implausibleSeconds: DAY_MS / 1000,
};

/** Starts of the same slot of the week in each of the last `weeks` weeks, newest first. */
export function pastSlotsOf(intervalStart: number, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, i) => intervalStart - (i + 1) * WEEK_MS);
}
