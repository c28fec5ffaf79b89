// The plain-language sentences of signals: the value with its sample, what was expected, the line
// or the usual level for this slot of the week, and since when. Times are local: the caller gives
// the UTC offset in force at the interval (the lib has no time-zone database and reads no clock).
import { INTERVAL_MINUTES, formatValue } from '@vahti/kpi';
import type { WatchedMetric } from '../observations/watched-metric';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MINUTE_MS = 60_000;

const pad = (n: number): string => String(n).padStart(2, '0');

function local(at: number, utcOffsetMinutes: number): Date {
  return new Date(at + utcOffsetMinutes * MINUTE_MS);
}

/** "Tuesday 10:15": the slot of the week in local time. */
export function slotLabel(at: number, utcOffsetMinutes: number): string {
  const d = local(at, utcOffsetMinutes);
  return `${WEEKDAYS[d.getUTCDay()] ?? ''} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "10:00" on the same local day as `reference`, else "Mon 19:30". */
export function sinceLabel(since: number, reference: number, utcOffsetMinutes: number): string {
  const s = local(since, utcOffsetMinutes);
  const r = local(reference, utcOffsetMinutes);
  const time = `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
  const sameDay = s.getUTCFullYear() === r.getUTCFullYear() && s.getUTCMonth() === r.getUTCMonth() && s.getUTCDate() === r.getUTCDate();
  return sameDay ? time : `${(WEEKDAYS[s.getUTCDay()] ?? '').slice(0, 3)} ${time}`;
}

/** "15 min", "1 h", "4 h". */
export function windowLabel(intervals: number): string {
  const minutes = intervals * INTERVAL_MINUTES;
  return minutes < 60 ? `${minutes} min` : `${Number.isInteger(minutes / 60) ? minutes / 60 : (minutes / 60).toFixed(1)} h`;
}

/** A value in the metric's unit; counts per interval read "57 contacts per 15 min". */
export function formatMetric(metric: Pick<WatchedMetric, 'unit' | 'kind' | 'planned'>, value: number): string {
  if (metric.kind === 'count' && metric.planned !== true) {
    return `${Math.round(value)} contacts per ${INTERVAL_MINUTES} min`;
  }
  return formatValue(metric.unit, value);
}

const sampleText = (sample: number): string => `n = ${Math.round(sample)}`;

/** "abandonment 14 % (n = 212) vs 5 % expected for Tuesday 10:15, sustained since 10:00". */
export function shiftSentence(
  metric: WatchedMetric,
  value: number | null,
  sample: number,
  expected: number,
  at: number,
  since: number,
  utcOffsetMinutes: number,
  resolved: boolean,
): string {
  const shown = value === null ? 'no value' : formatMetric(metric, value);
  const head = `${metric.label} ${shown} (${sampleText(sample)}) vs ${formatMetric(metric, expected)} expected for ${slotLabel(at, utcOffsetMinutes)}`;
  const when = sinceLabel(since, at, utcOffsetMinutes);
  return resolved ? `${head}; back to its usual level, shift since ${when} over` : `${head}, sustained since ${when}`;
}

/** "service level 62 % over the last 4 h (n = 812) vs target 80 % (burn rate 1.9)". */
export function breachSentence(
  metric: WatchedMetric,
  value: number | null,
  sample: number,
  windowIntervals: number,
  threshold: { readonly value: number; readonly source: 'target' | 'benchmark' },
  burn: number | null,
  since: number,
  at: number,
  utcOffsetMinutes: number,
  resolved: boolean,
): string {
  const line = `${threshold.source === 'target' ? 'target' : 'benchmark median'} ${formatMetric(metric, threshold.value)}`;
  const shown = value === null ? 'no data' : formatMetric(metric, value);
  const rate = burn === null || !Number.isFinite(burn) ? '' : ` (burn rate ${burn.toFixed(1)})`;
  const head = `${metric.label} ${shown} over the last ${windowLabel(windowIntervals)} (${sampleText(sample)}) vs ${line}${rate}`;
  const when = sinceLabel(since, at, utcOffsetMinutes);
  return resolved ? `${head}; breach since ${when} over` : `${head}, since ${when}`;
}
