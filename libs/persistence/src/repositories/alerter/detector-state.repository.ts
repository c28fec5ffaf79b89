// Detector state outside a signal transaction (e.g. warming baselines at start-up); inside one, use
// AlerterStateTransaction.detectorStates so state and signals commit together.
import type { DataSource } from 'typeorm';
import { DetectorStateStatements } from './detector-state.statements';
import { poolQuery } from './run-query';

/** Detector state on the pool, one statement per call. */
export class DetectorStateRepository extends DetectorStateStatements {
  constructor(dataSource: DataSource) {
    super((sql, params) => poolQuery(dataSource, sql, params));
  }
}
