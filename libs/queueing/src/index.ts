// Public API of @vahti/queueing: the queueing formulas of kpi-catalog §5.1 (Erlang C, Erlang A and
// the Erlang C staffing requirement). A lib of its own because the simulator (planning events, the
// queue's own checks) and the root-cause attribution both need them, and neither should depend on
// the other. Pure TypeScript: data in, data out.
export type { QueueParameters } from './queue-parameters';
export { erlangC, erlangCMetrics, type ErlangCMetrics } from './erlang-c';
export { requiredAgents } from './required-agents';
export { erlangAMetrics, type ErlangAMetrics, type ErlangAParameters } from './erlang-a';
export { erlangADistribution, type ErlangAChain } from './erlang-a-distribution';
