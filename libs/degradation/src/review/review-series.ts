// One closed interval of one series through every watched metric's monitor (libs/detection):
// the series' counters, the same slot of the past weeks as references, the breach line of each
// metric. States go in and come out as plain JSON for the caller to persist.
import {
  initialMonitorState,
  stepMonitor,
  WATCHED_METRICS,
  type BreachThreshold,
  type DataQualityReason,
  type MonitorConfig,
  type MonitorState,
  type ReferenceCounters,
  type Signal,
} from '@vahti/detection';
import type { KpiCounters } from '@vahti/kpi';

export interface SeriesInterval {
  readonly intervalStart: number;
  readonly counters: Readonly<KpiCounters>;
  readonly references: readonly ReferenceCounters[];
  /** The breach line of a watched metric in this series, or null for none. */
  readonly threshold: (metric: string) => BreachThreshold | null;
  readonly dataQuality?: readonly DataQualityReason[];
  readonly utcOffsetMinutes?: number;
}

export interface SeriesOutcome {
  /** The state of every watched metric after the interval, by metric id. */
  readonly states: ReadonlyMap<string, MonitorState>;
  readonly signals: readonly Signal[];
}

/** Steps every watched metric of the series once (missing states start afresh). */
export function reviewSeries(states: ReadonlyMap<string, MonitorState>, interval: SeriesInterval, config?: MonitorConfig): SeriesOutcome {
  const next = new Map<string, MonitorState>();
  const signals: Signal[] = [];
  for (const metric of WATCHED_METRICS) {
    const state = states.get(metric.id) ?? initialMonitorState(metric.id);
    const step = stepMonitor(
      state,
      {
        intervalStart: interval.intervalStart,
        counters: interval.counters,
        references: interval.references,
        threshold: interval.threshold(metric.id),
        ...(interval.dataQuality !== undefined && { dataQuality: interval.dataQuality }),
        ...(interval.utcOffsetMinutes !== undefined && { utcOffsetMinutes: interval.utcOffsetMinutes }),
      },
      config,
    );
    next.set(metric.id, step.state);
    signals.push(...step.signals);
  }
  return { states: next, signals };
}
