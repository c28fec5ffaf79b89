import { hash } from 'node:crypto';
import { KPI_CHANGED_TYPE, type KpiChangedEvent, type PublishedKpiValue } from '@vahti/contracts';
import type { SeriesKpi } from '@vahti/kpi';
import type { KeyedRecord } from '@vahti/messaging';

/** One series (tenant × queue × channel) in one period, as published. */
export interface SeriesPeriod {
  readonly tenant: string;
  readonly queueId: string;
  readonly channel: string;
  readonly granularity: 'interval' | 'day';
  readonly periodStart: number;
}

/** Value, sample and rating identify a published state of one KPI (its interval follows from them). */
export function kpiDigest(s: SeriesKpi): string {
  const r = s.result;
  return `${r.value}|${r.sample}|${r.rating.status === 'rated' ? r.rating.level : r.rating.status}`;
}

/** The KPI-topic record of a series-period: every KPI value (a snapshot) and which of them changed. */
export function kpiChangedRecord(
  at: SeriesPeriod,
  values: readonly SeriesKpi[],
  changed: readonly string[],
  digest: string,
  source: string,
  now: number,
): KeyedRecord {
  const event: KpiChangedEvent = {
    specversion: '1.0',
    // The same snapshot of the same series and period always has the same id: consumers can de-duplicate.
    id: hash('sha1', `${at.tenant}/${at.queueId}/${at.channel}/${at.granularity}/${at.periodStart}/${digest}`),
    source,
    type: KPI_CHANGED_TYPE,
    time: new Date(now).toISOString(),
    datacontenttype: 'application/json',
    tenantid: at.tenant,
    data: {
      queueId: at.queueId,
      channel: at.channel,
      granularity: at.granularity,
      periodStart: new Date(at.periodStart).toISOString(),
      kpis: values.filter((s) => s.result.value !== null).map(publishedValue),
      changed: [...changed],
    },
  };
  return { key: `${at.tenant}/${at.queueId}/${at.channel}`, value: JSON.stringify(event) };
}

function publishedValue(s: SeriesKpi): PublishedKpiValue {
  const r = s.result;
  return {
    kpi: r.kpi,
    area: s.area,
    process: s.process,
    value: r.value as number,
    ci: r.ci === null ? null : [r.ci[0], r.ci[1]],
    sample: r.sample,
    sampleNoun: r.sampleNoun,
    rating: r.rating.status === 'rated' ? { status: 'rated', level: r.rating.level } : { status: r.rating.status },
  };
}
