// The watched metrics: the KPIs the alerter evaluates per series and interval, as data. Each reads
// its observation through the KPI's own definition in libs/kpi (numerator and denominator of
// `compute`), so a detector and the dashboard never disagree about what "abandonment" counts; only
// Σx² (for the spread of a mean) is read from the counters directly, because KpiValue does not carry it.
//
// δ (relative shift worth acting on) per metric, all [S] to be calibrated by replay (§A.6.6):
// - proportions ×1.5, the example of detection-and-stack.md §A.6.3 ("abandonment ×1.5");
// - handle time +15 %: the AHT plan convention's "poor" line (±15 %, libs/kpi AHT_PLAN_DEFAULT, kpi-catalog K14/K35);
// - answer wait ×1.5, as the proportions: waits grow non-linearly with load (kpi-catalog §5.2 R2);
// - offered volume +30 %: twice the 15 % forecast variance that kpi-catalog K34 calls poor; a shift
//   planning cannot absorb within the day.
//
// Queue outcomes (service level, abandonment) are notified as shifts only while they burn the
// budget of their line at the page rate (OUTCOME_NOTICE, monitor/shift-notice.ts); average speed of
// answer has no shift detector: it is read from the same waits as service level, whose binomial
// view carries the shift test, and its mean is dominated by the few long waits of a congestion spell
// (replay of the baseline scenarios: a quarter of all false alerts were ASA shifts of a few seconds
// against an expected 0 s). Its breach against the benchmark stays.
import { INTERVAL_MINUTES, kpiDefinition, type KpiCounters, type KpiDefinition, type KpiValue } from '@vahti/kpi';
import type { Observation } from './observation';
import type { WatchedMetric } from './watched-metric';

const PROPORTION_SHIFT = { relativeShift: 0.5 };

/**
 * [S, calibrated by replay of the baseline scenarios]: the last 30 minutes must burn the error
 * budget at 3×, the page rate of the critical burn-rate rule (breach/breach-rules.ts, §A.6.3: 25 % of
 * the day's budget in an hour). At 2× the two fault-free replays (baseline-midsize, fabrikam) gave
 * 18 notified outcome shifts in 20 queue-weeks, at 3× none; the injected faults that move service
 * level (a chat surge, a knowledge-base outage) burn at 5× or more within two intervals.
 */
const OUTCOME_NOTICE = { windowIntervals: 2, burn: 3 };

/** The libs/kpi definition of `id`; the table is built at load time, so a renamed KPI fails every test at once. */
function definition(id: string): KpiDefinition {
  const kpi = kpiDefinition(id);
  if (kpi === undefined) {
    throw new Error(`watched metric ${id} is not a libs/kpi KPI`);
  }
  return kpi;
}

/** The KPI's value of one interval's counters (per-agent and per-team inputs are not needed by these KPIs). */
function computed(kpi: KpiDefinition, counters: Readonly<KpiCounters>): KpiValue | null {
  return kpi.compute({ total: { counters: { ...counters }, wait: null }, agents: [], teams: [] });
}

/** Bad outcomes as the KPI counts them: its numerator (bad-share KPIs) or denominator − numerator (good-share KPIs). */
function proportionOf(
  kpi: KpiDefinition,
  counters: Readonly<KpiCounters>,
  value: 'bad_share' | 'good_share',
  scale = 1,
): Observation | null {
  const v = computed(kpi, counters);
  if (v === null) {
    return null;
  }
  const bad = value === 'bad_share' ? v.numerator : v.denominator - v.numerator;
  return { kind: 'proportion', bad: bad * scale, trials: v.denominator * scale };
}

function proportionMetric(
  id: string,
  label: string,
  proportionValue: 'bad_share' | 'good_share',
  sources: WatchedMetric['sources'],
  outcome = false,
): WatchedMetric {
  const kpi = definition(id);
  return {
    ...(outcome && { shiftNotice: OUTCOME_NOTICE }),
    id,
    label,
    unit: kpi.unit,
    worse: proportionValue === 'bad_share' ? 'higher' : 'lower',
    kind: 'proportion',
    proportionValue,
    minSample: kpi.minSample,
    sampleNoun: kpi.sampleNoun,
    sources,
    breach: 'burn_rate',
    shift: PROPORTION_SHIFT,
    observe: (c) => proportionOf(kpi, c, proportionValue),
  };
}

function meanMetric(
  id: string,
  label: string,
  squares: (c: Readonly<KpiCounters>) => number,
  sources: WatchedMetric['sources'],
  shift: WatchedMetric['shift'],
): WatchedMetric {
  const kpi = definition(id);
  return {
    id,
    label,
    unit: kpi.unit,
    worse: 'higher',
    kind: 'mean',
    minSample: kpi.minSample,
    sampleNoun: kpi.sampleNoun,
    sources,
    breach: 'threshold',
    shift,
    observe: (c) => {
      const v = computed(kpi, c);
      return v === null ? null : { kind: 'mean', sum: v.numerator, sumSquares: squares(c), count: v.denominator };
    },
  };
}

const ADHERENCE = definition('schedule_adherence');
const FORECAST_ACCURACY = definition('volume_forecast_accuracy');

export const WATCHED_METRICS: readonly WatchedMetric[] = [
  proportionMetric('service_level', 'service level', 'good_share', ['queue'], true),
  proportionMetric('abandonment_rate', 'abandonment', 'bad_share', ['queue'], true),
  meanMetric('average_speed_of_answer', 'average speed of answer', (c) => c.answerWaitSquares, ['queue'], null),
  meanMetric('average_handle_time', 'handle time', (c) => c.handleSquares, ['handling'], { relativeShift: 0.15 }),
  proportionMetric('transfer_rate', 'transfer rate', 'bad_share', ['handling']),
  proportionMetric('first_contact_resolution', 'first-contact resolution', 'good_share', ['surveys']),
  proportionMetric('agent_reported_resolution', 'agent-reported resolution', 'good_share', ['handling']),
  proportionMetric('repeat_contact_rate', 'repeat-contact rate', 'bad_share', ['queue']),
  {
    // No libs/kpi KPI counts offered contacts; the id is the detector's own (see WatchedMetric.id).
    id: 'offered_volume',
    label: 'offered volume',
    unit: 'contacts',
    worse: 'higher',
    kind: 'count',
    minSample: 30, // [S]: only used when a caller gives a volume line; the shift detector needs no minimum
    sampleNoun: 'offered contacts',
    sources: ['queue'],
    breach: 'threshold',
    shift: { relativeShift: 0.3 },
    observe: (c) => ({ kind: 'count', count: c.firstOffers }),
  },
  {
    // Actual against the schedule forecast. The forecast sits on the interval where its block starts
    // (libs/kpi forecast-intervals.ts) and covers 15, 30 or 60 minutes; windows take whole blocks.
    id: 'volume_forecast_accuracy',
    label: 'volume forecast accuracy',
    unit: FORECAST_ACCURACY.unit,
    worse: 'lower',
    kind: 'count',
    planned: true,
    minSample: FORECAST_ACCURACY.minSample,
    sampleNoun: 'offered contacts in forecast intervals',
    sources: ['queue', 'forecasts'],
    breach: 'threshold',
    shift: null, // the forecast is the expectation here; the shift against history is offered_volume's
    observe: (c) => {
      if (c.forecastedIntervals <= 0) {
        return { kind: 'count', count: c.firstOffers };
      }
      const minutes = c.forecastedMinutes / c.forecastedIntervals;
      return {
        kind: 'count',
        count: c.firstOffers,
        expected: c.forecastContacts,
        expectedIntervals: Math.max(1, Math.round(minutes / INTERVAL_MINUTES)),
      };
    },
  },
  {
    // Adherence seconds are not independent trials: one agent's 900 seconds of a slot are one
    // decision (on queue or not), so 22 agents would count as 19,800 "trials" and every wobble would
    // look significant. The trial is the agent-slot (15 scheduled minutes); its adherent share lies in
    // [0, 1], and a [0, 1] variable with mean p has variance at most p(1 − p), the Bernoulli one, so
    // binomial statistics on agent-slots are conservative. Over-dispersion between agents (a whole
    // team in a meeting) is measured by the baseline (baseline/proportion-baseline.ts).
    // Consecutive slots of one agent are mostly one decision too: a late return from lunch or an
    // hour in aux is out of adherence for several slots in a row, and the CUSUM adds each interval's
    // evidence as if it were new. So the trial is the agent-hour, a quarter of one per slot: a run
    // of four identical quarters weighs what one hour of independent agents would (with agent-slots
    // as trials every Friday-evening wobble of three agents fired in the replay benchmark).
    id: 'schedule_adherence',
    label: 'schedule adherence',
    unit: ADHERENCE.unit,
    worse: 'lower',
    kind: 'proportion',
    proportionValue: 'good_share',
    minSample: ADHERENCE.minSample,
    sampleNoun: 'scheduled agent-hours',
    sources: ['agent_states', 'schedules'],
    breach: 'burn_rate',
    shift: PROPORTION_SHIFT,
    // The KPI's sample is in scheduled hours: one trial each.
    observe: (c) => proportionOf(ADHERENCE, c, 'good_share'),
  },
];

const BY_ID: ReadonlyMap<string, WatchedMetric> = new Map(WATCHED_METRICS.map((m) => [m.id, m]));

/** The watched metric with this id, or undefined. */
export function watchedMetric(id: string): WatchedMetric | undefined {
  return BY_ID.get(id);
}
