// Public API of @vahti/contracts: event contract v1. Everything here derives from the TypeBox
// schemas under events/; see docs/events.md (generated) for the human-readable contract.
export {
  EVENT_CATALOG,
  EVENT_TYPES,
  isEventType,
  type CatalogEntry,
  type EventCatalog,
  type EventOf,
  type EventType,
  type VahtiEvent,
} from './catalog';
export { createEventValidator, type ValidationFailure, type ValidationResult } from './validator';
export { isEvaluatorProgressEvent, isKpiChangedEvent } from './kpi-changed-validator';
export { EVALUATOR_PROGRESS_TYPE, EvaluatorProgressSchema, type EvaluatorProgressEvent } from './evaluator-progress';
export { personalDataFields } from './personal-data';
export { envelopeJsonSchema, eventJsonSchema } from './json-schema';
export { partitionKey } from './partition-key';
export { MAX_EVENT_BYTES } from './envelope';
export { CHANNELS, type Channel } from './fields';
export { AGENT_STATES } from './events/agent-state-changed';
export { FORECAST_KINDS } from './events/forecast-published';
export { PERSONAL_DATA_KEYWORD } from './annotations';
export {
  KPI_CHANGED_TYPE,
  KpiChangedSchema,
  KpiChangedDataSchema,
  type KpiChangedEvent,
  type KpiChangedData,
  type KpiValue as PublishedKpiValue,
} from './kpi-changed';
