// One scenario through the pure pipeline: simulate (with weeks of history), evaluate in memory,
// review each closed interval (detectors, root causes), keep alert instances with the alerting
// lib's lifecycle, and hand back what the scoring needs.
import { applySignal, fingerprintOf, type AlertInstance } from '@vahti/alerting';
import type { MonitorConfig, MonitorState } from '@vahti/detection';
import { breachThresholdOf, isTotal, reviewTenantInterval } from '@vahti/degradation';
import { DEFAULT_QUEUE_SETTINGS, createYardsticks, evaluationSettingsOf, type BenchmarkPack, type TenantSettingsFile } from '@vahti/kpi';
import {
  simulateContactCenter,
  simulationEpochMs,
  withHistory,
  type GroundTruth,
  type Scenario,
  type ScoredAlert,
} from '@vahti/simulation';
import type { EvaluationTrace } from './evaluation-trace';
import { IntervalReplay } from './interval-replay';

export const HISTORY_WEEKS = 4;
const DAY_MS = 86_400_000;

/** A fired alert with what a person calibrating the detectors needs to judge it. */
export interface AlertDetail extends ScoredAlert {
  readonly since: number;
  readonly description: string;
  readonly candidateSummaries: readonly string[];
  readonly analysisError?: string;
}

export interface ScenarioRun {
  readonly scenario: Scenario;
  readonly truth: GroundTruth;
  readonly alerts: AlertDetail[];
  /** Series seen in the scored period. */
  readonly series: number;
  /** The scored period: the scenario's own days, after the history. */
  readonly scoredFrom: number;
  readonly scoredTo: number;
  readonly events: number;
  /** Root-cause analyses that failed (the alert went out without candidates), with their messages. */
  readonly analysisErrors: Map<string, number>;
  readonly reviewMs: number;
  readonly totalMs: number;
}

/** Tenant settings as the centre would configure them: each queue's own service-level threshold and target. */
export function tenantSettingsOf(scenario: Scenario): TenantSettingsFile {
  return {
    tenants: {
      [scenario.tenant]: {
        queues: scenario.queues.map((q) => ({
          queue: q.id,
          serviceLevelSeconds: q.serviceLevelSeconds,
          ...(q.serviceLevelTarget !== undefined && { serviceLevelTarget: q.serviceLevelTarget }),
        })),
      },
    },
  };
}

/** Runs one scenario (after HISTORY_WEEKS of history) and collects its alert instances. */
export function runScenario(original: Scenario, pack: BenchmarkPack, trace?: EvaluationTrace, config?: MonitorConfig): ScenarioRun {
  const started = Date.now();
  const scenario = withHistory(original, HISTORY_WEEKS);
  const { events, groundTruth } = simulateContactCenter(scenario);
  const settingsFile = tenantSettingsOf(scenario);
  const settings = evaluationSettingsOf(settingsFile);
  const yardsticks = createYardsticks(pack, settingsFile);
  const replay = new IntervalReplay(settings);
  const rowsAt = replay.rowsAt(scenario.tenant);
  const epoch = simulationEpochMs(scenario);
  const scoredFrom = epoch + HISTORY_WEEKS * 7 * DAY_MS;
  const scoredTo = epoch + scenario.days * DAY_MS;
  const queueById = new Map(scenario.queues.map((q) => [q.id, q]));
  let states = new Map<string, ReadonlyMap<string, MonitorState>>();
  const open = new Map<string, AlertInstance>();
  const alerts: AlertDetail[] = [];
  const seriesSeen = new Set<string>();
  let reviewMs = 0;
  const analysisErrors = new Map<string, number>();

  // Monitors keep only recent windows and CUSUM sums (baselines are read from the rows), so a day
  // of reviews before the scored period warms them up; earlier history needs no review.
  replay.run(events, scoredFrom - DAY_MS, (intervalStart) => {
    if (trace !== undefined && intervalStart >= scoredFrom) {
      trace.record(rowsAt, intervalStart, HISTORY_WEEKS);
    }
    const t0 = Date.now();
    const outcome = reviewTenantInterval({
      tenantId: scenario.tenant,
      intervalStart,
      rowsAt,
      states,
      weeks: HISTORY_WEEKS,
      threshold: (series, metric) =>
        breachThresholdOf(
          yardsticks(scenario.tenant, metric, isTotal(series) ? undefined : series.channel, isTotal(series) ? undefined : series.queueId),
        ),
      serviceLevelSeconds: (series) =>
        queueById.get(series.queueId)?.serviceLevelSeconds ?? DEFAULT_QUEUE_SETTINGS.voice.serviceLevelSeconds,
      utcOffsetMinutes: scenario.utcOffsetMinutes,
      ...(config !== undefined && { config }),
    });
    states = outcome.states;
    if (intervalStart >= scoredFrom) {
      for (const key of states.keys()) {
        seriesSeen.add(key);
      }
    }
    for (const reviewed of outcome.signals) {
      if (reviewed.analysisError !== undefined) {
        const key = `${reviewed.signal.metric}: ${reviewed.analysisError}`;
        analysisErrors.set(key, (analysisErrors.get(key) ?? 0) + 1);
      }
      if (reviewed.alert === null) {
        continue;
      }
      const fingerprint = fingerprintOf(reviewed.alert.tenantId, reviewed.alert.labels);
      const result = applySignal(open.get(fingerprint), reviewed.alert, reviewed.alert.at);
      if (result.instance === undefined || result.instance.state === 'resolved') {
        open.delete(fingerprint);
      } else {
        open.set(fingerprint, result.instance);
      }
      if (result.events.some((e) => e.kind === 'fired')) {
        alerts.push({
          queueId: reviewed.series.queueId,
          channel: reviewed.series.channel,
          metric: reviewed.signal.metric,
          detector: reviewed.signal.detector,
          severity: reviewed.signal.severity,
          firedAt: reviewed.alert.at,
          candidates: reviewed.candidates.map((c) => ({
            rank: c.rank,
            factor: c.factor,
            ...(c.dimension !== undefined && { dimension: c.dimension }),
            ...(c.value !== undefined && { value: c.value }),
          })),
          since: reviewed.signal.since,
          description: reviewed.signal.reason,
          candidateSummaries: reviewed.candidates.map((c) => c.summary),
          ...(reviewed.analysisError !== undefined && { analysisError: reviewed.analysisError }),
        });
      }
    }
    reviewMs += Date.now() - t0;
  });
  trace?.flush();
  return {
    scenario,
    truth: groundTruth,
    alerts,
    series: seriesSeen.size,
    scoredFrom,
    scoredTo,
    events: events.length,
    analysisErrors,
    reviewMs,
    totalMs: Date.now() - started,
  };
}
