// The edges of the cause-and-effect graph, each taken from a row of kpi-catalog §5.2 (R1–R22) and
// citing it. `sign` is the direction on the nodes' measured values: +1 when more of the cause gives
// more of the effect, −1 when it gives less (for KPIs where higher is better, such as service level
// or customer ease, −1 is the harmful direction of a rising cause). The rows that are not drawn
// are listed with the reason in ROWS_NOT_DRAWN; a spec checks that every row is one or the other.
import type { NodeId } from './graph-nodes';

export interface GraphEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly sign: 1 | -1;
  /** One line on why, in kpi-catalog's words where it gives them. */
  readonly mechanism: string;
  /** Row ids of kpi-catalog §5.2; 'S' marks this lib's own synthesis. */
  readonly rows: readonly string[];
}

/** Rows of kpi-catalog §5.2 with no edge, and why. */
export const ROWS_NOT_DRAWN: Readonly<Record<string, string>> = {
  R14: 'channel switching → cost per resolution and retention: neither is measured by a counter',
  R20: 'queue pooling needs fewer agents for the same SL: a design choice, not a change within an alert window',
  R21: 'a stricter SL target costs staff: a target choice, not a change within an alert window',
};

const edge = (from: NodeId, to: NodeId, sign: 1 | -1, mechanism: string, ...rows: string[]): GraphEdge => ({
  from,
  to,
  sign,
  mechanism,
  rows,
});

export const GRAPH_EDGES: readonly GraphEdge[] = [
  edge('volume', 'workload', 1, 'A = λ·AHT: more arrivals, more offered load', 'R1'),
  edge('handle_time', 'workload', 1, 'A = λ·AHT: longer contacts, more offered load', 'R1'),
  edge('workload', 'occupancy', 1, 'with the same N, occupancy A/N rises with the load', 'R1'),
  edge('staffing', 'occupancy', -1, 'fewer agents on queue carry the same load at higher occupancy', 'R1', 'R4', 'R5'),
  edge('forecast', 'occupancy', 1, 'staff is planned on the forecast: volume above it is carried by too few agents', 'R6'),
  edge('occupancy', 'service_level', -1, 'P_wait rises with occupancy, so fewer contacts are answered within T', 'R1'),
  edge('occupancy', 'average_speed_of_answer', 1, 'ASA ∝ 1/(N − A): waits grow non-linearly as occupancy nears 1', 'R1', 'R2', 'R19'),
  edge('occupancy', 'abandonment', 1, 'longer waits at high occupancy outlast more callers', 'R1'),
  edge('occupancy', 'handle_time', 1, 'sustained high occupancy: agents take a breather by extending contacts', 'R3'),
  edge('occupancy', 'quality', -1, 'sustained high occupancy: burnout lowers quality', 'R3'),
  edge('occupancy', 'shrinkage', 1, 'overwork raises absence: the vicious circle of understaffing', 'R3', 'R5'),
  edge('occupancy', 'attrition', 1, 'burnout raises attrition', 'R3', 'R5'),
  edge('adherence', 'staffing', 1, 'agents not on queue when scheduled lower the effective N', 'R4'),
  edge('shrinkage', 'staffing', -1, 'scheduled staff = N / (1 − shrinkage): more shrinkage, fewer on queue', 'R5'),
  edge('average_speed_of_answer', 'abandonment', 1, 'the longer the wait, the more callers run out of patience', 'R7'),
  edge('patience', 'abandonment', -1, 'in Erlang A abandons grow with θ = 1/patience', 'R7'),
  edge('abandonment', 'volume', 1, 'abandoned callers retry: phantom demand', 'R8'),
  edge('resolution', 'repeat_contacts', -1, 'unresolved contacts come back', 'R9'),
  edge('repeat_contacts', 'volume', 1, 'repeat contacts are volume: FCR 67 % ≈ 1.5 calls per resolution', 'R9'),
  edge('resolution', 'csat', 1, 'every 1 % FCR improvement gives about 1 % CSAT', 'R10', 'R19'),
  edge('repeat_contacts', 'handle_time', 1, 'second-contact handle time is 30–50 % higher than the first', 'R11'),
  edge('transfers', 'csat', -1, 'transferred contacts: CSAT −12 %', 'R12'),
  edge('transfers', 'resolution', -1, 'transferred contacts: FCR −14 %', 'R12'),
  edge('transfers', 'customer_effort', -1, 'transfers are a main driver of customer effort', 'R12', 'R13'),
  edge('repeat_contacts', 'customer_effort', -1, 'having to contact again is customer effort', 'R13'),
  edge('self_service', 'volume', -1, 'contained sessions never reach an agent queue', 'R15'),
  edge('self_service', 'handle_time', 1, 'self-service leaves the harder contacts to agents', 'R15'),
  edge('handle_time', 'resolution', 1, 'contacts cut short to push AHT down are resolved less often', 'R16'),
  edge('handle_time', 'customer_effort', 1, 'contacts cut short leave customers more effort', 'R16'),
  edge('attrition', 'handle_time', 1, 'new agents are slower until proficient', 'R17'),
  edge('attrition', 'resolution', -1, 'new agents resolve less', 'R17'),
  edge('attrition', 'quality', -1, 'new agents score lower in QA', 'R17'),
  edge('attrition', 'csat', -1, 'turnover lowers FCR and CSAT', 'R19'),
  edge('chat_concurrency', 'csat', -1, 'the more chats per operator, the lower the CSAT', 'R18'),
  edge('proficiency', 'handle_time', -1, 'agents short of skill, knowledge or working tools take longer', 'R17'),
  edge('proficiency', 'resolution', 1, '…and resolve less at the first contact', 'R17'),
  edge('average_speed_of_answer', 'csat', -1, 'non-monotonic: chat waits under about 3 min do not lower CSAT, longer ones do', 'R22'),
  // A transfer offers the contact again to the receiving queue (contact.offered viaTransfer): the
  // counter `offers` that λ is taken from counts it. Not a row of the table.
  edge('transfers', 'volume', 1, 'a transferred contact is offered again to the receiving queue', 'S'),
];
