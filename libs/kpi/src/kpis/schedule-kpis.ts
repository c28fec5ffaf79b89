// E. Schedule adherence and shrinkage (kpi-catalog K37, K38): agent states against the published
// schedule, per agent × 15-minute slot (slot-terms.ts), summed over agents, teams and periods.
import type { KpiCounters } from '../counters/kpi-counters';
import { type DefaultTarget, ratio, type KpiDefinition, type KpiValue } from './kpi-definition';

const hours = (seconds: number): number => seconds / 3600;

// The sample is scheduled agent time, in hours: one agent's shift is about 8.
const MIN_SCHEDULED_HOURS = 8;

/** 93 %: the "fairly typical" adherence target, about 30 extra minutes out of an 8-hour shift (kpi-catalog K38, [RT]). */
const ADHERENCE_DEFAULT: DefaultTarget = {
  target: 0.93,
  evidence: 'rule_of_thumb',
  source: '"fairly typical" schedule adherence target of 93 % (TechTarget); vendor range 90–95 % (enthu.ai)',
};

const timeShare = (part: number, whole: number): KpiValue | null => {
  const value = ratio(part, whole);
  return value === null ? null : { value: value.value, numerator: hours(part), denominator: hours(whole) };
};

/** Scheduled time the agent was expected to work: leave and planned absences are out. */
export const scheduledWorkSeconds = (c: Readonly<KpiCounters>): number => c.scheduledSeconds - c.leaveSeconds;

const shrinkage = (id: string, name: string, formula: string, part: (c: Readonly<KpiCounters>) => number): KpiDefinition => ({
  id,
  ref: 'K37',
  name,
  formula,
  unit: 'ratio',
  better: 'lower',
  proportion: false,
  minSample: MIN_SCHEDULED_HOURS,
  sampleNoun: 'scheduled agent hours',
  defaultTarget: null, // measured averages only (24–27 %, kpi-catalog K37): the gap to the tenant's plan is what counts
  compute: ({ total: { counters: c } }) => timeShare(part(c), c.scheduledSeconds),
});

export const SCHEDULE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'schedule_adherence',
    ref: 'K38',
    name: 'Schedule adherence',
    formula:
      'time in the scheduled activity / scheduled time, per agent and 15-minute slot; on queue (available, busy, wrap-up) for ' +
      '`available`, off queue for other activities; either activity counts within 60 s of a planned change; leave and planned absences excluded',
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: MIN_SCHEDULED_HOURS,
    sampleNoun: 'scheduled agent hours',
    defaultTarget: ADHERENCE_DEFAULT,
    compute: ({ total: { counters: c } }) => timeShare(c.adherentSeconds, scheduledWorkSeconds(c)),
  },
  shrinkage(
    'shrinkage',
    'Shrinkage',
    '1 − on-queue time (available, busy, wrap-up) / paid scheduled time (every planned activity but offline) = planned + unplanned shrinkage',
    (c) => c.plannedShrinkageSeconds + c.unplannedShrinkageSeconds,
  ),
  shrinkage(
    'planned_shrinkage',
    'Planned shrinkage',
    'off-queue time during planned off-queue activities (break, lunch, meeting, training, coaching, back office, leave) or planned absences / paid scheduled time',
    (c) => c.plannedShrinkageSeconds,
  ),
  shrinkage(
    'unplanned_shrinkage',
    'Unplanned shrinkage',
    'off-queue time when scheduled on queue (unscheduled aux, late log-in, early log-out, unplanned absence) / paid scheduled time',
    (c) => c.unplannedShrinkageSeconds,
  ),
];
