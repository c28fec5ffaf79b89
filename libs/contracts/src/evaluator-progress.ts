// The evaluator's progress per input partition, on the KPI topic beside the KPI snapshots: how far
// (in event time) the partition's committed events go, whether the partition is caught up, and
// which tenants it carried. A reader of the evaluator's rows (the alerter) takes a tenant as far
// as the slowest partition that carries it and is still catching up: while the evaluator works
// through a backlog its partitions can be hours of event time apart, and the newest KPI message of
// a tenant says nothing about the queues on a partition that is behind. Keyed `progress/<partition>`.
import { Type, type Static } from '@sinclair/typebox';

export const EVALUATOR_PROGRESS_TYPE = 'io.vahti.evaluator.progress.v1';

export const EvaluatorProgressDataSchema = Type.Object({
  topic: Type.String({ description: 'The input topic the partition belongs to.' }),
  partition: Type.Integer({ minimum: 0 }),
  appliedUntil: Type.String({ format: 'date-time', description: 'Newest event time among the committed events of the partition.' }),
  caughtUp: Type.Boolean({ description: 'No records were left to read on the partition after the last committed chunk.' }),
  tenants: Type.Array(Type.String(), { description: 'Tenants with events applied on the partition since the evaluator took it.' }),
});

export const EvaluatorProgressSchema = Type.Object({
  specversion: Type.Literal('1.0'),
  id: Type.String(),
  source: Type.String(),
  type: Type.Literal(EVALUATOR_PROGRESS_TYPE),
  time: Type.String({ format: 'date-time' }),
  datacontenttype: Type.Literal('application/json'),
  data: EvaluatorProgressDataSchema,
});

export type EvaluatorProgressEvent = Static<typeof EvaluatorProgressSchema>;
