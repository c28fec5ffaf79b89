// Test helper: runs events through the incremental path exactly as the evaluator does (one batch or
// many, facts carried between batches). The in-memory state lives in the lib (memory-state.ts).
export { applyBatch, newState, rowsOf, type EvaluatorState } from '@vahti/kpi';
