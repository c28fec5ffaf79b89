// The settings of a monitor: baseline, shift detector and the per-metric overrides a tenant or a
// replay calibration may set. Defaults are the documented ones of each detector; every number is
// [S] until calibrated by replay (detection-and-stack.md §A.6.6).
import { DEFAULT_BASELINE_CONFIG, type BaselineConfig } from '../baseline/reference-observation';
import type { BreachRuleSet } from '../breach/breach-rules';
import { DEFAULT_SHIFT_CONFIG, type ShiftConfig } from '../shift/shift-detector';

export interface MonitorConfig {
  readonly baseline: BaselineConfig;
  readonly shift: ShiftConfig;
  /** δ per metric id, replacing the watched-metric table's. */
  readonly relativeShift?: Readonly<Record<string, number>>;
  /** Breach rule sets per metric id, replacing the defaults of breach/breach-rules.ts. */
  readonly breachRules?: Readonly<Record<string, BreachRuleSet>>;
}

export const DEFAULT_MONITOR_CONFIG: MonitorConfig = { baseline: DEFAULT_BASELINE_CONFIG, shift: DEFAULT_SHIFT_CONFIG };
