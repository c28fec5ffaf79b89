// Aggregates are kept per 15-minute interval (the WFM planning grain) and per UTC day. Any window
// is a merge of whole periods: the rolling hour is four intervals, 30 days is thirty day rows.

/** Length of one interval in minutes: the grain of WFM forecasts, schedules and ACD reports. */
export const INTERVAL_MINUTES = 15;
export const INTERVAL_MS = INTERVAL_MINUTES * 60_000;
export const DAY_MS = 86_400_000;

export type Granularity = 'interval' | 'day';

/** Start (epoch ms) of the 15-minute interval that contains `ms`. */
export function intervalStart(ms: number): number {
  return ms - mod(ms, INTERVAL_MS);
}

/** Start (epoch ms) of the UTC day that contains `ms`. */
export function dayStart(ms: number): number {
  return ms - mod(ms, DAY_MS);
}

/** Start of the period of `granularity` that contains `ms`. */
export function periodStart(granularity: Granularity, ms: number): number {
  return granularity === 'interval' ? intervalStart(ms) : dayStart(ms);
}

// `%` keeps the sign of the dividend; timestamps before 1970 would otherwise round up.
function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
