// The windows the API serves, each a merge of whole stored periods, and the window before it (for
// the direction in sentences). `at` (default now) anchors them, so past days can be read too.
import { DAY_MS, INTERVAL_MS, dayStart, intervalStart, type Granularity } from '@vahti/kpi';

export const WINDOWS = ['interval', 'hour', 'today', '7d', '30d'] as const;
export type WindowName = (typeof WINDOWS)[number];

export interface ResolvedWindow {
  readonly name: WindowName;
  readonly granularity: Granularity;
  readonly from: number;
  readonly to: number;
  readonly previousFrom: number;
}

/** Start and end (exclusive) of a named window around `at`. */
export function resolveWindow(name: WindowName, at: number): ResolvedWindow {
  const span = (granularity: Granularity, from: number, to: number): ResolvedWindow => ({
    name,
    granularity,
    from,
    to,
    previousFrom: from - (to - from),
  });
  switch (name) {
    case 'interval':
      return span('interval', intervalStart(at), intervalStart(at) + INTERVAL_MS);
    case 'hour':
      return span('interval', intervalStart(at) - 3 * INTERVAL_MS, intervalStart(at) + INTERVAL_MS);
    case 'today':
      return span('day', dayStart(at), dayStart(at) + DAY_MS);
    case '7d':
      return span('day', dayStart(at) - 6 * DAY_MS, dayStart(at) + DAY_MS);
    case '30d':
      return span('day', dayStart(at) - 29 * DAY_MS, dayStart(at) + DAY_MS);
  }
}
