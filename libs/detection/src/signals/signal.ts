// What a detector tells the alerter about one series, metric and interval. Signals are a snapshot:
// every evaluation repeats `pending` and `firing` for as long as they hold (as Alertmanager clients
// re-send active alerts, detection-and-stack.md §C.1), and `resolved` comes exactly once, at the
// end of an episode. The alerter keys an alert instance on tenant, series, metric and detector (not
// severity, §C.4); only `resolved` ends it, so an evaluation that emits nothing (broken data, no
// baseline yet) leaves a firing alert as it is. `pending` is informational and never notified.
import type { Severity } from '../lifecycle/severity';

export type Detector = 'breach' | 'shift' | 'data_quality';
export type SignalStatus = 'pending' | 'firing' | 'resolved';

export interface Signal {
  /** Watched-metric id; for `data_quality` signals the reason code (data-quality/data-quality-reason.ts). */
  readonly metric: string;
  readonly detector: Detector;
  readonly status: SignalStatus;
  readonly severity: Severity;
  /** Start (epoch ms) of the interval the episode began in: the change point for shifts. */
  readonly since: number;
  /** Start (epoch ms) of the interval this evaluation is about. */
  readonly intervalStart: number;
  /** Breach: the window value; shift: the value since the change point; in the KPI's unit. */
  readonly value: number | null;
  /** Shift: the seasonal expectation over the same intervals; breach: the baseline, when there is one. */
  readonly expected: number | null;
  /** Breach: the line (target or benchmark median); shift: null. */
  readonly threshold: number | null;
  readonly sample: number;
  /** One plain-language sentence. */
  readonly reason: string;
}
