// The KPI topic (default `vahti.kpi`), produced by the evaluator and read by the alerter: one
// CloudEvent per series (tenant × queue × channel) and period whose KPI values changed, carrying
// the values of *every* KPI of that series and period (a snapshot, so a consumer that missed a
// message is whole again with the next one) and the ids of those that changed. One message per
// series-period rather than per KPI: a replayed month is ~20k messages, not ~300k. Keyed
// `<tenant>/<queue>/<channel>`, so one series stays in order on one partition. Sentences are not
// carried (a consumer renders its own with libs/kpi; the API serves them).
import { Type, type Static } from '@sinclair/typebox';

export const KPI_CHANGED_TYPE = 'io.vahti.kpi.changed.v1';

const rating = Type.Union([
  Type.Object({ status: Type.Literal('rated'), level: Type.Integer({ minimum: 1, maximum: 5 }) }),
  Type.Object({
    status: Type.Union([
      Type.Literal('insufficient_data'),
      Type.Literal('no_yardstick'),
      Type.Literal('no_data'),
      Type.Literal('not_measured'),
    ]),
  }),
]);

export const KpiValueSchema = Type.Object({
  kpi: Type.String({ description: 'KPI id (docs/process-model.md).' }),
  area: Type.String({ description: 'Area id (A–H) of the process the KPI is reported under.' }),
  process: Type.String({ description: 'Process id (A1–H4).' }),
  value: Type.Number({ description: 'In the KPI unit: ratios 0–1, times in seconds, NPS points.' }),
  ci: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()], { description: '95 % confidence interval, when known.' }),
  sample: Type.Number({ description: 'Sample size the minimum applies to.' }),
  sampleNoun: Type.String(),
  rating,
});

export const KpiChangedDataSchema = Type.Object({
  queueId: Type.String({ description: 'Queue id; `*` for facts of no queue; `all` for the tenant total.' }),
  channel: Type.String({ description: 'Channel; `*` for facts of no channel; `all` for the tenant total.' }),
  granularity: Type.Union([Type.Literal('interval'), Type.Literal('day')]),
  periodStart: Type.String({ format: 'date-time', description: 'Start of the 15-minute interval or UTC day.' }),
  kpis: Type.Array(KpiValueSchema, { description: 'Every KPI with data in this series and period.' }),
  changed: Type.Array(Type.String(), { description: 'Ids of the KPIs whose value, sample or rating changed since the last message.' }),
});

export const KpiChangedSchema = Type.Object({
  specversion: Type.Literal('1.0'),
  id: Type.String({ description: 'The same snapshot of the same series and period always has the same id.' }),
  source: Type.String(),
  type: Type.Literal(KPI_CHANGED_TYPE),
  time: Type.String({ format: 'date-time' }),
  datacontenttype: Type.Literal('application/json'),
  tenantid: Type.String(),
  data: KpiChangedDataSchema,
});

export type KpiChangedEvent = Static<typeof KpiChangedSchema>;
export type KpiChangedData = Static<typeof KpiChangedDataSchema>;
export type KpiValue = Static<typeof KpiValueSchema>;
