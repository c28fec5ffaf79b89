export { seededRandom, deriveSeed, type RandomSource, type SeededRandom } from './random/seeded-random';
export {
  sampleExponential,
  sampleLognormal,
  samplePoisson,
  sampleStandardNormal,
  sampleWeighted,
  exponentialSampler,
  lognormalSampler,
  type Sampler,
  type WeightedOption,
} from './random/distributions';
export { DiscreteEventEngine } from './engine/discrete-event-engine';
export type { EventAction, EventHandle } from './engine/scheduled-event';
export type { AbandonedContact, AnsweredContact, ContactRecord } from './queue/contact-record';
export type { QueueObserver } from './queue/queue-observer';
export { MultiServerQueue, type MultiServerQueueConfig, type MultiServerQueueRandom } from './queue/multi-server-queue';
export { schedulePoissonArrivals, type PoissonArrivalOptions } from './queue/poisson-arrivals';
export { QueueStatisticsCollector, type QueueStatistics } from './queue/queue-statistics';
export { runStationaryQueue, type StationaryQueueRun } from './queue/run-stationary-queue';
export { batchMeansStandardError } from './analysis/batch-means';
export { ContactBatches, type BatchKpis } from './analysis/contact-batches';
export {
  ScenarioSchema,
  WEEKDAYS,
  type Scenario,
  type QueueSpec,
  type ReasonSpec,
  type TeamSpec,
  type Weekday,
} from './scenario/scenario-schema';
export { FaultSchema, FAULT_PARAMETERS, type FaultSpec, type FaultParameter } from './scenario/fault-schema';
export { ScenarioError, type ScenarioProblem } from './scenario/scenario-error';
export { validateScenario, validateScenarioSet } from './scenario/validate-scenario';
export { faultStartSeconds, simulationEpochMs } from './scenario/fault-time';
export { withHistory } from './scenario/with-history';
export { affectedQueues, alertMatchesFault, candidateNamesFault, type ScoredAlert, type ScoredCandidate } from './scoring/fault-match';
export { scoreRun, summariseScores, type FaultScore, type RunScore, type ScoreSummary } from './scoring/detection-score';
export { scenarioFingerprint } from './scenario/scenario-fingerprint';
export { simulateContactCenter, streamContactCenter, type ContactCenterRun } from './contact-center/simulate-contact-center';
export type { EventSink } from './contact-center/event-writer';
export { simulateTenants, streamTenants } from './contact-center/simulate-tenants';
export { exampleScenario } from './scenario/example-scenario';
export type { GroundTruth, GroundTruthFault } from './contact-center/ground-truth';
