// The nodes of the cause-and-effect graph: the KPIs and the drivers behind them (kpi-catalog §5).
// A node is measured by KPIs of @vahti/kpi where one exists, so a node's value is computed by the
// same formula the evaluator publishes; volume and staffing are plain counter sums with no KPI of
// their own. The array order is the diagnostic order of kpi-catalog §5.3 (demand, workload,
// supply, repeat demand, patience, then outcomes): candidates that tie are ranked in this order.

/** Node ids; the driver ids double as `Candidate.factor`. */
export const NODE_IDS = [
  'volume',
  'forecast',
  'handle_time',
  'staffing',
  'adherence',
  'shrinkage',
  'repeat_contacts',
  'transfers',
  'patience',
  'resolution',
  'self_service',
  'attrition',
  'chat_concurrency',
  'proficiency',
  'workload',
  'occupancy',
  'average_speed_of_answer',
  'service_level',
  'abandonment',
  'quality',
  'customer_effort',
  'csat',
] as const;
export type NodeId = (typeof NODE_IDS)[number];

/** What a node is in the graph: an input that can be changed, a step in between, or a result managers watch. */
export type NodeKind = 'driver' | 'intermediate' | 'outcome';

/** Which counters hold a node's data: contact counters of the series, or agent-state and schedule time. */
export type NodeSource = 'contacts' | 'agents';

/** A node measured by counter sums rather than a KPI: queue offers, or staffed agent-seconds. */
export type AdditiveMeasure = 'offers' | 'staffed_seconds';

export interface GraphNode {
  readonly id: NodeId;
  /** Lower-case words for sentences ("handle time"). */
  readonly label: string;
  readonly kind: NodeKind;
  /** KPI ids of @vahti/kpi that measure the node; the first is the one drilled down. */
  readonly kpis: readonly string[];
  /** For nodes without a KPI of their own. */
  readonly measure?: AdditiveMeasure;
  readonly source: NodeSource;
  /** Where the node is defined in kpi-catalog (§4 KPI or §5.1 notation). */
  readonly ref: string;
}

export const GRAPH_NODES: readonly GraphNode[] = [
  { id: 'volume', label: 'offered volume', kind: 'driver', kpis: [], measure: 'offers', source: 'contacts', ref: '§5.1 λ' },
  {
    id: 'forecast',
    label: 'volume against the forecast',
    kind: 'driver',
    kpis: ['volume_forecast_accuracy'],
    source: 'contacts',
    ref: 'K34',
  },
  { id: 'handle_time', label: 'handle time', kind: 'driver', kpis: ['average_handle_time'], source: 'contacts', ref: 'K14' },
  {
    id: 'staffing',
    label: 'staffed agents on queue',
    kind: 'driver',
    kpis: [],
    measure: 'staffed_seconds',
    source: 'agents',
    ref: '§5.1 N',
  },
  { id: 'adherence', label: 'schedule adherence', kind: 'driver', kpis: ['schedule_adherence'], source: 'agents', ref: 'K38' },
  {
    id: 'shrinkage',
    label: 'shrinkage',
    kind: 'driver',
    kpis: ['shrinkage', 'planned_shrinkage', 'unplanned_shrinkage', 'not_ready_share', 'absenteeism'],
    source: 'agents',
    ref: 'K37',
  },
  {
    id: 'repeat_contacts',
    label: 'repeat-contact rate',
    kind: 'driver',
    kpis: ['repeat_contact_rate', 'contacts_per_issue'],
    source: 'contacts',
    ref: 'K11',
  },
  { id: 'transfers', label: 'transfer rate', kind: 'driver', kpis: ['transfer_rate'], source: 'contacts', ref: 'K12' },
  { id: 'patience', label: 'caller patience', kind: 'driver', kpis: ['average_time_to_abandon'], source: 'contacts', ref: 'K04' },
  {
    id: 'resolution',
    label: 'resolution',
    kind: 'driver',
    kpis: ['agent_reported_resolution', 'first_contact_resolution'],
    source: 'contacts',
    ref: 'K10',
  },
  { id: 'self_service', label: 'self-service containment', kind: 'driver', kpis: ['containment_rate'], source: 'contacts', ref: 'K49' },
  { id: 'attrition', label: 'agent attrition', kind: 'driver', kpis: ['agent_attrition', 'early_attrition'], source: 'agents', ref: 'K46' },
  // No counter measures concurrent chats yet: the node keeps R18 in the graph, unmeasured.
  { id: 'chat_concurrency', label: 'chats per agent', kind: 'driver', kpis: [], source: 'agents', ref: 'R18' },
  // Not measured either: what agents know and can use (skills, knowledge base, tools). Seen only
  // through its effects moving together (ranking/latent-drafts.ts).
  {
    id: 'proficiency',
    label: 'agent proficiency and knowledge',
    kind: 'driver',
    kpis: [],
    source: 'contacts',
    ref: 'R17, D4',
  },
  { id: 'workload', label: 'workload', kind: 'intermediate', kpis: [], source: 'contacts', ref: '§5.1 A = λ·AHT' },
  { id: 'occupancy', label: 'occupancy', kind: 'intermediate', kpis: ['occupancy', 'utilisation'], source: 'agents', ref: 'K40' },
  {
    id: 'average_speed_of_answer',
    label: 'average speed of answer',
    kind: 'outcome',
    kpis: ['average_speed_of_answer', 'answer_wait_p90'],
    source: 'contacts',
    ref: 'K02',
  },
  {
    id: 'service_level',
    label: 'service level',
    kind: 'outcome',
    kpis: ['service_level', 'intervals_meeting_service_level'],
    source: 'contacts',
    ref: 'K01',
  },
  { id: 'abandonment', label: 'abandonment', kind: 'outcome', kpis: ['abandonment_rate'], source: 'contacts', ref: 'K03' },
  { id: 'quality', label: 'QA score', kind: 'outcome', kpis: ['qa_score'], source: 'contacts', ref: 'K28' },
  { id: 'customer_effort', label: 'customer ease (CES)', kind: 'outcome', kpis: ['customer_effort'], source: 'contacts', ref: 'K20' },
  { id: 'csat', label: 'customer satisfaction', kind: 'outcome', kpis: ['csat', 'tnps'], source: 'contacts', ref: 'K19' },
];
