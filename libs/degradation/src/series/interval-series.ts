// The series a tenant's interval is reviewed in: every queue × channel with contacts, and the
// tenant total. The total adds every `all` row, agent time (queue and channel `*`) included, so the
// workforce metrics (adherence) and the contact metrics of the whole centre are read from one set
// of counters; a queue's own series holds no agent time (an agent serves several queues).
import { ANY, addCounters, emptyCounters, TENANT_TOTAL, type KpiCounters } from '@vahti/kpi';
import type { TenantRow } from './tenant-rows';

export interface SeriesRef {
  readonly queueId: string;
  readonly channel: string;
}

export interface SeriesCounters extends SeriesRef {
  readonly counters: Readonly<KpiCounters>;
}

/** The tenant-total series. */
export const TOTAL: SeriesRef = { queueId: TENANT_TOTAL, channel: TENANT_TOTAL };

const KEY_SEPARATOR = '\u001f';

/** A key for maps of series. */
export function seriesKey(series: SeriesRef): string {
  return `${series.queueId}${KEY_SEPARATOR}${series.channel}`;
}

/** The series a key stands for (the inverse of seriesKey). */
export function seriesOfKey(key: string): SeriesRef {
  const [queueId = '', channel = ''] = key.split(KEY_SEPARATOR);
  return { queueId, channel };
}

/** Whether the series is the tenant total. */
export function isTotal(series: SeriesRef): boolean {
  return series.queueId === TENANT_TOTAL && series.channel === TENANT_TOTAL;
}

/** The queue × channel series of the rows and the tenant total, in a stable order. */
export function intervalSeries(rows: readonly TenantRow[]): SeriesCounters[] {
  const total = emptyCounters();
  const queues: SeriesCounters[] = [];
  for (const row of rows) {
    if (row.dimension !== 'all') {
      continue;
    }
    addCounters(total, row.counters);
    if (row.queueId !== ANY) {
      queues.push({ queueId: row.queueId, channel: row.channel, counters: row.counters });
    }
  }
  queues.sort((a, b) => seriesKey(a).localeCompare(seriesKey(b)));
  return rows.length === 0 ? [] : [...queues, { ...TOTAL, counters: total }];
}

/** The counters of one series in the rows (the tenant total: every `all` row), or undefined when it has none. */
export function seriesCountersIn(rows: readonly TenantRow[], series: SeriesRef): KpiCounters | undefined {
  const total = isTotal(series);
  const matching = rows.filter((r) => r.dimension === 'all' && (total || (r.queueId === series.queueId && r.channel === series.channel)));
  if (matching.length === 0) {
    return undefined;
  }
  const sum = emptyCounters();
  for (const row of matching) {
    addCounters(sum, row.counters);
  }
  return sum;
}
