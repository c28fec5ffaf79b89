// Broken-metric detection over a tenant's (or a series') health observation, one step per
// interval: the checks of data-quality-checks.ts, each debounced like a breach (silence needs two
// intervals in a row, the rest fire at once; all resolve after `keepFiringFor` clean intervals).
// The step also says which reasons make this interval's KPIs untrustworthy: every reason flagged
// now or still firing, so a KPI from the last silent interval before recovery is not alerted on.
import { INACTIVE, stepDebounce, type DebounceState, type Transition } from '../lifecycle/debounced-condition';
import { intervalOrder, type StepOutcome } from '../lifecycle/interval-order';
import type { Severity } from '../lifecycle/severity';
import type { Signal, SignalStatus } from '../signals/signal';
import { sinceLabel } from '../signals/reason-text';
import { checkHealth, DEFAULT_DATA_QUALITY_CONFIG, type DataQualityCheck, type DataQualityConfig } from './data-quality-checks';
import { DATA_QUALITY_REASONS, REASON_TEXT, type DataQualityReason } from './data-quality-reason';
import type { HealthObservation } from './health-observation';

/** Plain JSON; only checks that are pending or firing are stored. */
export interface DataQualityState {
  readonly version: 1;
  readonly lastIntervalStart: number | null;
  readonly checks: Readonly<Partial<Record<DataQualityReason, DebounceState>>>;
}

export interface DataQualityStep {
  readonly state: DataQualityState;
  readonly signals: readonly Signal[];
  /** Reasons that make this interval's data broken (flagged now, or firing): pass them to stepMonitor. */
  readonly flagged: readonly DataQualityReason[];
  readonly outcome: StepOutcome;
}

/** [S]: nothing is monitored while the stream is silent, so that one pages; the rest are warnings. */
const SEVERITY: Readonly<Record<DataQualityReason, Severity>> = {
  stream_silent: 'critical',
  contacts_never_end: 'warning',
  surveys_unknown_contact: 'warning',
  impossible_values: 'warning',
  dead_letter_jump: 'warning',
};

const STATUS: Readonly<Partial<Record<Transition, SignalStatus>>> = {
  pending: 'pending',
  fired: 'firing',
  firing: 'firing',
  resolved: 'resolved',
};

/** The state before the first interval. */
export function initialDataQualityState(): DataQualityState {
  return { version: 1, lastIntervalStart: null, checks: {} };
}

/** One data-quality evaluation of the interval starting at `at`. */
export function stepDataQuality(
  state: DataQualityState,
  at: number,
  health: HealthObservation,
  config: DataQualityConfig = DEFAULT_DATA_QUALITY_CONFIG,
  utcOffsetMinutes = 0,
): DataQualityStep {
  const outcome = intervalOrder(state.lastIntervalStart, at);
  if (outcome !== 'evaluated') {
    return { state, signals: [], flagged: [], outcome };
  }
  const checks: Partial<Record<DataQualityReason, DebounceState>> = {};
  const signals: Signal[] = [];
  const flagged: DataQualityReason[] = [];
  const byReason = new Map(checkHealth(health, config).map((c) => [c.reason, c]));
  for (const reason of DATA_QUALITY_REASONS) {
    const check = byReason.get(reason);
    if (check === undefined) {
      continue;
    }
    const rule = { forIntervals: reason === 'stream_silent' ? config.silenceIntervals : 1, keepFiringFor: config.keepFiringFor };
    const verdict = check.flagged ? ({ kind: 'enter', severity: SEVERITY[reason] } as const) : ({ kind: 'exit' } as const);
    const step = stepDebounce(state.checks[reason] ?? INACTIVE, verdict, at, rule);
    if (step.state.phase !== 'inactive') {
      checks[reason] = step.state;
    }
    if (check.flagged || step.state.phase === 'firing') {
      flagged.push(reason);
    }
    const status = STATUS[step.transition];
    if (status !== undefined && step.since !== null) {
      signals.push(signalOf(check, status, step.severity ?? SEVERITY[reason], step.since, at, utcOffsetMinutes));
    }
  }
  return { state: { version: 1, lastIntervalStart: at, checks }, signals, flagged, outcome };
}

function signalOf(check: DataQualityCheck, status: SignalStatus, severity: Severity, since: number, at: number, offset: number): Signal {
  const expected = check.expected === null ? '' : ` vs ${Math.round(check.expected * 10) / 10} expected`;
  const share = check.sample > 0 && check.expected === null ? ` of ${Math.round(check.sample)}` : '';
  const tail =
    status === 'resolved' ? `; flagged since ${sinceLabel(since, at, offset)}, clean again` : `, since ${sinceLabel(since, at, offset)}`;
  return {
    metric: check.reason,
    detector: 'data_quality',
    status,
    severity,
    since,
    intervalStart: at,
    value: check.value,
    expected: check.expected,
    threshold: null,
    sample: check.sample,
    reason: `${REASON_TEXT[check.reason]}: ${Math.round(check.value)}${share}${expected}${tail}`,
  };
}
