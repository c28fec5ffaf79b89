// The pending → firing → resolved life of a condition that is judged once per interval, with a
// `for` debounce and a separate exit condition (hysteresis). Prometheus has `for` and
// `keep_firing_for` but no recovery threshold (detection-and-stack.md §A.3, grafana/grafana#30119),
// so the three verdicts are explicit here: `enter` (worse than the entry line), `exit` (better
// than the less strict exit line) and `hold` (in between, or nothing to judge). Only `exit` held
// for `keepFiringFor` consecutive evaluations ends a firing episode; a value oscillating between the
// two lines therefore never produces resolve/fire pairs (§A.6.5).
import { maxSeverity, type Severity } from './severity';

export type Phase = 'inactive' | 'pending' | 'firing';

/** Plain JSON, persisted with the monitor state. */
export interface DebounceState {
  readonly phase: Phase;
  /** Consecutive `enter` verdicts while pending, consecutive `exit` verdicts while firing. */
  readonly streak: number;
  /** Interval start (epoch ms) where the episode began, or null when inactive. */
  readonly since: number | null;
  readonly severity: Severity | null;
}

export interface DebounceRule {
  /** `enter` verdicts in a row before pending becomes firing (1 = fire at once). */
  readonly forIntervals: number;
  /** `exit` verdicts in a row before firing resolves. */
  readonly keepFiringFor: number;
}

export type Verdict = { readonly kind: 'enter'; readonly severity: Severity } | { readonly kind: 'exit' } | { readonly kind: 'hold' };

/** What the step did: `fired` is the first firing evaluation, `firing` a later one. */
export type Transition = 'none' | 'pending' | 'fired' | 'firing' | 'resolved';

export interface DebounceStep {
  readonly state: DebounceState;
  readonly transition: Transition;
  /** Start and severity of the episode the step belongs to (for `resolved`, the episode just ended). */
  readonly since: number | null;
  readonly severity: Severity | null;
}

export const INACTIVE: DebounceState = { phase: 'inactive', streak: 0, since: null, severity: null };

/** One evaluation of a debounced condition at interval `at`. */
export function stepDebounce(state: DebounceState, verdict: Verdict, at: number, rule: DebounceRule): DebounceStep {
  const result = (next: DebounceState, transition: Transition): DebounceStep => ({
    state: next,
    transition,
    since: next.since ?? state.since,
    severity: next.severity ?? state.severity,
  });
  if (state.phase === 'firing') {
    if (verdict.kind === 'enter') {
      return result({ ...state, streak: 0, severity: maxSeverity(state.severity, verdict.severity) }, 'firing');
    }
    if (verdict.kind === 'exit') {
      const streak = state.streak + 1;
      return streak >= rule.keepFiringFor ? result(INACTIVE, 'resolved') : result({ ...state, streak }, 'firing');
    }
    return result({ ...state, streak: 0 }, 'firing');
  }
  if (verdict.kind !== 'enter') {
    return result(INACTIVE, 'none');
  }
  const streak = state.phase === 'pending' ? state.streak + 1 : 1;
  const since = state.phase === 'pending' ? state.since : at;
  const severity = maxSeverity(state.phase === 'pending' ? state.severity : null, verdict.severity);
  if (streak >= rule.forIntervals) {
    return result({ phase: 'firing', streak: 0, since, severity }, 'fired');
  }
  return result({ phase: 'pending', streak, since, severity }, 'pending');
}
