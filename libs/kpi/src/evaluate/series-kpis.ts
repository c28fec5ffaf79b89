// KPI values of every series (queue × channel, and the tenant total) from the rows of one period.
import { ANY, emptyAggregate, mergeAggregateInto, type Aggregate } from '../counters/aggregate';
import { CONSISTENCY_KPIS } from '../kpis/consistency-kpis';
import { KPI_DEFINITIONS } from '../kpis/kpi-catalog';
import type { KpiDefinition } from '../kpis/kpi-definition';
import { homeProcess, type ProcessRef } from '../model/home-process';
import type { YardstickLookup } from '../rating/yardsticks';
import { evaluateKpi, type KpiResult } from './evaluate-kpi';
import { benchmarkChannel } from './kpi-input';

/** Queue and channel label of the tenant total. */
export const TENANT_TOTAL = 'all';

export interface SeriesRow {
  readonly queueId: string;
  readonly channel: string;
  readonly aggregate: Aggregate;
}

export interface SeriesKpi extends ProcessRef {
  readonly queueId: string;
  readonly channel: string;
  readonly result: KpiResult;
}

const CONSISTENCY = new Set(CONSISTENCY_KPIS.map((k) => k.id));
// Spreads need per-agent rows; series values are built from the `all` rows only.
const SERIES_KPIS: readonly KpiDefinition[] = KPI_DEFINITIONS.filter((k) => !CONSISTENCY.has(k.id));

/** KPIs with data for each series in `rows` (rows of one tenant, one period, dimension `all`, any partition); sentences are left empty. */
export function seriesKpis(
  tenantId: string,
  rows: readonly SeriesRow[],
  yardsticks: YardstickLookup,
  include?: (queueId: string, channel: string) => boolean,
): SeriesKpi[] {
  const series = new Map<string, { queueId: string; channel: string; total: Aggregate }>();
  const tenantTotal = emptyAggregate();
  for (const row of rows) {
    const key = `${row.queueId}\u001f${row.channel}`;
    let entry = series.get(key);
    if (entry === undefined) {
      entry = { queueId: row.queueId, channel: row.channel, total: emptyAggregate() };
      series.set(key, entry);
    }
    mergeAggregateInto(entry.total, row.aggregate);
    mergeAggregateInto(tenantTotal, row.aggregate);
  }
  const out: SeriesKpi[] = [];
  // A series of one channel is rated by that channel's benchmarks; the tenant total and the
  // channel-less series (agent time) by those of the tenant's dominant channel, as in the API.
  const dominant = benchmarkChannel(rows);
  const evaluate = (queueId: string, channel: string, total: Aggregate): void => {
    const ownChannel = channel === TENANT_TOTAL || channel === ANY ? undefined : channel;
    const input = { total, agents: [], teams: [] };
    for (const kpi of SERIES_KPIS) {
      // Most KPIs have no data in a given series (workforce KPIs in a voice queue, access KPIs in
      // agent time): find that out before resolving yardsticks and ratings, on the publishing path.
      const home = homeProcess(kpi.id, ownChannel);
      if (home === null || (kpi.compute(input)?.value ?? null) === null) {
        continue;
      }
      const result = evaluateKpi(kpi, input, yardsticks(tenantId, kpi.id, ownChannel ?? dominant, queueId), null, false);
      out.push({ ...home, queueId, channel, result });
    }
  };
  for (const s of series.values()) {
    if (include === undefined || include(s.queueId, s.channel)) {
      evaluate(s.queueId, s.channel, s.total);
    }
  }
  evaluate(TENANT_TOTAL, TENANT_TOTAL, tenantTotal);
  return out;
}
