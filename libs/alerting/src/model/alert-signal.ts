// What a detector tells the alerter, as this lib needs it. Defined here rather than imported from
// @vahti/detection so the alerting decisions depend on a small, stable shape; the app maps the
// detector's output onto it. Times are epoch milliseconds throughout the lib.
import type { Severity } from './constants';

/** Alertmanager-style labels: identifying (all but severity) plus severity. */
export type AlertLabels = Readonly<Record<string, string>>;

/** One ranked root-cause candidate with the numbers behind it. */
export interface RootCause {
  /** 1 = most likely. */
  readonly rank: number;
  readonly summary: string;
  /** Share of the change this candidate explains (0–1), or null when it could not be quantified. */
  readonly contribution: number | null;
  readonly evidence: Readonly<Record<string, number | string>>;
}

/** The reference line a value was compared with (target, benchmark median, baseline, ...). */
export interface Yardstick {
  /** In words, e.g. "target", "baseline for Monday 09:00". */
  readonly name: string;
  readonly value: number;
  /** As people read it, e.g. "≤ 5 %"; rendered from `value` when absent. */
  readonly text?: string;
}

/** The observed value behind a signal. */
export interface AlertValue {
  /** In the KPI unit (ratios 0–1, times in seconds). */
  readonly observed: number;
  /** As people read it, e.g. "11.2 %"; rendered from `observed` when absent. */
  readonly text?: string;
  readonly yardstick?: Yardstick;
}

/** A detector's verdict on one series at one time. */
export interface AlertSignal {
  readonly tenantId: string;
  /** At least the REQUIRED_LABELS; `severity` must be one of SEVERITIES. */
  readonly labels: AlertLabels;
  readonly status: 'firing' | 'resolved';
  /** Epoch ms the verdict is about (e.g. the end of the evaluated window). */
  readonly at: number;
  readonly summary: string;
  readonly description: string;
  readonly value?: AlertValue;
  readonly candidates: readonly RootCause[];
}

/** The severity label of a signal or instance, typed (checked by signalProblems). */
export function severityOf(labels: AlertLabels): Severity {
  return labels.severity as Severity;
}
