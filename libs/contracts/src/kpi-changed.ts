// The KPI topic (default `vahti.kpi`): one CloudEvent per changed KPI value of a series and period,
// produced by the evaluator and read by the alerter. Keyed `<tenant>/<queue>/<channel>`. Sentences
// are not carried (a consumer renders its own with libs/kpi; the API serves them).
import { Type, type Static } from '@sinclair/typebox';

export const KPI_CHANGED_TYPE = 'io.vahti.kpi.changed.v1';

const rating = Type.Union([
  Type.Object({ status: Type.Literal('rated'), level: Type.Integer({ minimum: 1, maximum: 5 }) }),
  Type.Object({ status: Type.Union([Type.Literal('insufficient_data'), Type.Literal('no_yardstick'), Type.Literal('no_data')]) }),
]);

export const KpiChangedDataSchema = Type.Object({
  kpi: Type.String({ description: 'KPI id (docs/process-model.md).' }),
  area: Type.String({ description: 'Area id (A–H) of the process the KPI is reported under.' }),
  process: Type.String({ description: 'Process id (A1–H4).' }),
  queueId: Type.String({ description: 'Queue id; `*` for facts of no queue; `all` for the tenant total.' }),
  channel: Type.String({ description: 'Channel; `*` for facts of no channel; `all` for the tenant total.' }),
  granularity: Type.Union([Type.Literal('interval'), Type.Literal('day')]),
  periodStart: Type.String({ format: 'date-time', description: 'Start of the 15-minute interval or UTC day.' }),
  value: Type.Number(),
  ci: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()], { description: '95 % confidence interval, when known.' }),
  sample: Type.Number({ description: 'Sample size the minimum applies to.' }),
  sampleNoun: Type.String(),
  rating,
});

export const KpiChangedSchema = Type.Object({
  specversion: Type.Literal('1.0'),
  id: Type.String(),
  source: Type.String(),
  type: Type.Literal(KPI_CHANGED_TYPE),
  time: Type.String({ format: 'date-time' }),
  datacontenttype: Type.Literal('application/json'),
  tenantid: Type.String(),
  data: KpiChangedDataSchema,
});

export type KpiChangedEvent = Static<typeof KpiChangedSchema>;
export type KpiChangedData = Static<typeof KpiChangedDataSchema>;
