// A sustained shift against the seasonal baseline: a one-sided CUSUM of log-likelihood-ratio
// increments (shift-increment.ts) that fires when it passes h, says since when (the interval where
// it last left 0, the usual CUSUM change-point estimate [K]), and resolves when a mirror CUSUM has
// gathered evidence that the series is back on its baseline. After resolving, both restart at 0
// (Montgomery's reset after an alarm, detection-and-stack.md §A.4).
//
// A CUSUM designed for a moderate shift δ is slow on a huge one (each bad outcome adds only
// ln(1 + δ)), so one interval whose own evidence is overwhelming fires at once: the single-interval
// generalised likelihood ratio (δ at the interval's observed shift) above `spikeThreshold`. It is
// the likelihood form of §A.6.3's "deviation from the seasonal norm" test for single bad intervals,
// and the Shewhart–CUSUM pairing of SPC practice [K].
//
// Defaults [S], to be calibrated by replay (§A.6.6):
// - h = 7. The textbook h = 4–5 with k = 0.5 gives ARL0 ≈ 168–465 intervals (§A.4, two-sided), but
//   one queue runs about ten of these detectors for ~260 open intervals a week, and ≤ 1 false alert
//   per queue-week needs ARL0 ≳ 2,600 each. For d = 1 (one σ of the interval, k = 0.5) h = 7 in LLR
//   units gives one-sided ARL0 ≈ 7,000 by Siegmund's approximation [K], and never less than
//   e^7 ≈ 1,100 for any LLR CUSUM (Wald's bound, used by the in-control test).
// - spike at 10: 2·GLR is about χ²₁ for one interval (Wilks [K]), so P(GLR > 10) ≈ P(Z > 4.47) ≈ 4·10⁻⁶
//   per interval: about one in 100 queue-weeks at ten detectors.
// - recovery at h/2, against the level the episode had reached when it fired (episode-shift.ts),
//   held for `keepFiringFor` = 2 evaluations (30 min, as breaches, §A.6.5), so a series alternating
//   between bad and normal intervals stays firing instead of producing resolve/fire pairs.
// - critical at 2h: evidence twice the alarm line, which a large shift reaches within one or two
//   intervals after firing and a mild one only after it has lasted about as long again.
// - pending (informational, never notified) from h/2.
import { maxSeverity, type Severity } from '../lifecycle/severity';
import { addObservations, sampleOf, type Observation } from '../observations/observation';

export interface ShiftConfig {
  /** h, in log-likelihood-ratio units. */
  readonly threshold: number;
  /** Single-interval evidence (GLR) that fires at once. */
  readonly spikeThreshold: number;
  /** Evidence of being back on the baseline that ends a firing shift… */
  readonly recoveryThreshold: number;
  /** …when held for this many evaluations in a row. */
  readonly keepFiringFor: number;
  /** Critical once the statistic reaches this multiple of h. */
  readonly criticalFactor: number;
  /** Pending from this share of h. */
  readonly pendingFraction: number;
}

export const DEFAULT_SHIFT_CONFIG: ShiftConfig = {
  threshold: 9,
  spikeThreshold: 13,
  recoveryThreshold: 4.5,
  keepFiringFor: 2,
  criticalFactor: 2,
  pendingFraction: 0.5,
};

/** What has been observed since the change point, for the alert's sentence and the recovery test. */
export interface ShiftEpisode {
  readonly observation: Observation;
  readonly intervals: number;
  /** Σ expected·weight and Σ weight, expected in the KPI's unit, weight = sample (counts: 1 per interval). */
  readonly expectedWeighted: number;
  readonly weight: number;
}

/** Plain JSON, persisted with the monitor state. */
export interface ShiftState {
  readonly phase: 'watching' | 'firing';
  readonly statistic: number;
  /** Change-point estimate: the interval where the statistic last left 0; null at 0. */
  readonly since: number | null;
  readonly recovery: number;
  /** Consecutive evaluations with recovery ≥ its threshold. */
  readonly recoveryStreak: number;
  readonly severity: Severity | null;
  readonly episode: ShiftEpisode | null;
  /** While firing: the relative shift the episode had reached when it fired (the recovery test's alternative). */
  readonly level: number | null;
  /** While firing: whether the episode has been notified (queue outcomes wait for it, monitor/shift-notice.ts). */
  readonly notified?: boolean;
}

export const WATCHING: ShiftState = {
  phase: 'watching',
  statistic: 0,
  since: null,
  recovery: 0,
  recoveryStreak: 0,
  severity: null,
  episode: null,
  level: null,
};

export type ShiftTransition = 'none' | 'pending' | 'fired' | 'firing' | 'resolved';

export interface ShiftStep {
  readonly state: ShiftState;
  readonly transition: ShiftTransition;
  /** The episode the step belongs to (for `resolved`, the one that just ended). */
  readonly since: number | null;
  readonly severity: Severity | null;
  readonly statistic: number;
  readonly episode: ShiftEpisode | null;
}

export interface ShiftEvidence {
  /** The CUSUM increment (alternative: the design shift δ). */
  readonly increment: number;
  /** The single-interval GLR (alternative: the interval's own shift, at least δ). */
  readonly spike: number;
  /** The increment under the alternative "still at the alarm's level" (only read while firing). */
  readonly recovery: number;
  readonly observation: Observation;
  /** The metric's expected value in this interval under the baseline, in the KPI's unit. */
  readonly expected: number;
  /** The relative shift of an episode (episode-shift.ts), frozen as the level when the alarm fires. */
  readonly levelOf: (episode: ShiftEpisode) => number | null;
}

/** One shift evaluation at interval `at`. */
export function stepShift(state: ShiftState, evidence: ShiftEvidence, at: number, config: ShiftConfig): ShiftStep {
  const spiked = state.phase === 'watching' && evidence.spike > config.spikeThreshold;
  const cusum = Math.max(0, state.statistic + evidence.increment);
  const statistic = spiked ? Math.max(cusum, evidence.spike) : cusum;
  const since = statistic === 0 ? null : state.statistic > 0 ? state.since : at;
  const episode = statistic === 0 ? null : extend(state.statistic > 0 ? state.episode : null, evidence);
  const level: Severity = statistic >= config.criticalFactor * config.threshold ? 'critical' : 'warning';
  const step = (next: ShiftState, transition: ShiftTransition): ShiftStep => ({
    state: next,
    transition,
    since: next.since ?? state.since,
    severity: next.severity ?? state.severity,
    statistic: next.statistic,
    episode: next.episode ?? state.episode,
  });
  if (state.phase === 'firing') {
    const recovery = Math.max(0, state.recovery - evidence.recovery);
    const recoveryStreak = recovery >= config.recoveryThreshold ? state.recoveryStreak + 1 : 0;
    if (statistic === 0 || recoveryStreak >= config.keepFiringFor) {
      return step(WATCHING, 'resolved');
    }
    const severity = maxSeverity(state.severity, level);
    return step({ phase: 'firing', statistic, since, recovery, recoveryStreak, severity, episode, level: state.level }, 'firing');
  }
  if (statistic > config.threshold || spiked) {
    const fired = episode === null ? null : evidence.levelOf(episode);
    return step({ ...WATCHING, phase: 'firing', statistic, since, severity: level, episode, level: fired }, 'fired');
  }
  const next: ShiftState = { ...WATCHING, statistic, since, episode };
  return step(next, statistic >= config.pendingFraction * config.threshold ? 'pending' : 'none');
}
function extend(episode: ShiftEpisode | null, evidence: ShiftEvidence): ShiftEpisode {
  const weight = evidence.observation.kind === 'count' ? 1 : sampleOf(evidence.observation);
  if (episode === null) {
    return { observation: evidence.observation, intervals: 1, expectedWeighted: evidence.expected * weight, weight };
  }
  return {
    observation: addObservations(episode.observation, evidence.observation),
    intervals: episode.intervals + 1,
    expectedWeighted: episode.expectedWeighted + evidence.expected * weight,
    weight: episode.weight + weight,
  };
}
