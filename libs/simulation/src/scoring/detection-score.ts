// Scores a run's alerts against its ground truth: which faults were detected, how fast, whether
// the first alert's candidates named the cause, and how many alerts no fault explains. Figures of
// several runs add up (sumScores) to the benchmark's table.
import type { GroundTruth, GroundTruthFault } from '../contact-center/ground-truth';
import type { Scenario } from '../scenario/scenario-schema';
import { affectedQueues, alertMatchesFault, candidateNamesFault, type ScoredAlert } from './fault-match';

const INTERVAL_MS = 15 * 60_000;
const WEEK_MS = 7 * 86_400_000;
const SEVERITY_ORDER = ['critical', 'warning'];

export interface FaultScore {
  readonly faultId: string;
  readonly detected: boolean;
  /**
   * Closed intervals from the interval in which the fault first took effect (its `observableFrom`,
   * else its start) to the evaluation that fired (1 = that interval's own evaluation).
   */
  readonly delayIntervals: number | null;
  /** The same from the fault's scheduled start: with the hours its queues were closed, for a fault that starts at night. */
  readonly delayFromStartIntervals: number | null;
  /** Rank of the first candidate of the first matching alert that names the fault, or null. */
  readonly causeRank: number | null;
  /** The alert the delay and the cause rank are taken from. */
  readonly firstAlert: ScoredAlert | null;
}

export interface RunScore {
  readonly faults: readonly FaultScore[];
  readonly alerts: number;
  /** Alerts that match at least one fault. */
  readonly explained: number;
  readonly falseAlerts: readonly ScoredAlert[];
  /** Series-weeks observed (series × scored weeks), the denominator of false alerts per queue-week. */
  readonly seriesWeeks: number;
}

/** Scores the alerts fired in [scoredFrom, scoredTo) on `series` series against the run's ground truth. */
export function scoreRun(
  run: { truth: GroundTruth; scenario: Pick<Scenario, 'queues'>; alerts: readonly ScoredAlert[]; series: number },
  scoredFrom: number,
  scoredTo: number,
): RunScore {
  const alerts = run.alerts.filter((a) => a.firedAt > scoredFrom && a.firedAt <= scoredTo);
  const reach = run.truth.faults.map((fault) => ({ fault, queues: affectedQueues(fault, run.scenario) }));
  const faults = reach.map(({ fault, queues }): FaultScore => {
    const matching = alerts.filter((a) => alertMatchesFault(a, fault, queues)).sort(firstFirst);
    const first = matching[0];
    if (first === undefined) {
      return { faultId: fault.id, detected: false, delayIntervals: null, delayFromStartIntervals: null, causeRank: null, firstAlert: null };
    }
    const named = [...first.candidates].sort((a, b) => a.rank - b.rank).find((c) => candidateNamesFault(c, fault));
    return {
      faultId: fault.id,
      detected: true,
      delayIntervals: Math.round((first.firedAt - observableIntervalStart(fault)) / INTERVAL_MS),
      delayFromStartIntervals: Math.round((first.firedAt - Date.parse(fault.start)) / INTERVAL_MS),
      causeRank: named?.rank ?? null,
      firstAlert: first,
    };
  });
  const falseAlerts = alerts.filter((a) => !reach.some(({ fault, queues }) => alertMatchesFault(a, fault, queues)));
  return {
    faults,
    alerts: alerts.length,
    explained: alerts.length - falseAlerts.length,
    falseAlerts,
    seriesWeeks: (run.series * (scoredTo - scoredFrom)) / WEEK_MS,
  };
}

// The start of the interval in which the fault first took effect (faults start on the grid).
function observableIntervalStart(fault: GroundTruthFault): number {
  const start = Date.parse(fault.start);
  if (fault.observableFrom === undefined) {
    return start;
  }
  const from = Date.parse(fault.observableFrom);
  return Math.max(start, from - (((from % INTERVAL_MS) + INTERVAL_MS) % INTERVAL_MS));
}

// Earliest first; at the same evaluation the more severe, then by metric and detector (deterministic).
function firstFirst(a: ScoredAlert, b: ScoredAlert): number {
  return (
    a.firedAt - b.firedAt ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.metric.localeCompare(b.metric) ||
    a.detector.localeCompare(b.detector)
  );
}

export interface ScoreSummary {
  readonly faults: number;
  readonly recall: number | null;
  readonly precision: number | null;
  readonly medianDelayIntervals: number | null;
  /** The median delay from the scheduled starts (closed hours included). */
  readonly medianDelayFromStartIntervals: number | null;
  readonly top1: number | null;
  readonly top3: number | null;
  readonly falseAlertsPerSeriesWeek: number | null;
}

/** The benchmark's figures over several runs: `faultRuns` for recall, precision, delay and causes, `baselineRuns` for false alerts. */
export function summariseScores(faultRuns: readonly RunScore[], baselineRuns: readonly RunScore[]): ScoreSummary {
  const faults = faultRuns.flatMap((r) => r.faults);
  const detected = faults.filter((f) => f.detected);
  const alerts = faultRuns.reduce((n, r) => n + r.alerts, 0);
  const explained = faultRuns.reduce((n, r) => n + r.explained, 0);
  const seriesWeeks = baselineRuns.reduce((n, r) => n + r.seriesWeeks, 0);
  const falseAlerts = baselineRuns.reduce((n, r) => n + r.falseAlerts.length, 0);
  const share = (count: number, of: number): number | null => (of > 0 ? count / of : null);
  return {
    faults: faults.length,
    recall: share(detected.length, faults.length),
    precision: share(explained, alerts),
    medianDelayIntervals: median(detected.map((f) => f.delayIntervals ?? 0)),
    medianDelayFromStartIntervals: median(detected.map((f) => f.delayFromStartIntervals ?? 0)),
    top1: share(detected.filter((f) => f.causeRank === 1).length, detected.length),
    top3: share(detected.filter((f) => f.causeRank !== null && f.causeRank <= 3).length, detected.length),
    falseAlertsPerSeriesWeek: share(falseAlerts, seriesWeeks),
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
