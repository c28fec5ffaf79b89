// F. People (kpi-catalog §4 F): absenteeism from HR absences against the schedule, attrition and
// early attrition from hires and leavers (employee-history.ts for the headcount assumption).
import { poissonRateInterval } from '../stats/poisson-interval';
import { proportion, ratio, type KpiDefinition } from './kpi-definition';
import { scheduledWorkSeconds } from './schedule-kpis';

const YEAR_SECONDS = 365 * 86_400;

export const PEOPLE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'absenteeism',
    ref: 'K47',
    name: 'Absenteeism (unplanned)',
    formula: 'scheduled time lost to unplanned absence (employee.changed absent … returned) / scheduled work time (leave excluded)',
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    // Absence comes in whole agent-days: 160 h (20 agent-days, a week of four agents) before one absent
    // day moves the figure by less than 5 points ([S]; kpi-catalog K47 reads it weekly or monthly).
    minSample: 160,
    sampleNoun: 'scheduled agent hours',
    defaultTarget: null, // measured levels only (4–10 % of time, kpi-catalog K47): in the benchmark pack
    compute: ({ total: { counters: c } }) => {
      const value = ratio(c.unplannedAbsenceSeconds, scheduledWorkSeconds(c));
      return value === null ? null : { ...value, numerator: value.numerator / 3600, denominator: value.denominator / 3600 };
    },
  },
  {
    id: 'agent_attrition',
    ref: 'K46',
    name: 'Agent attrition (annualised)',
    // leavers / average headcount × 365 / days = leavers / employed agent-years: the period cancels.
    formula: 'leavers / average headcount × 365 / days in the window = leavers / employed agent-years',
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    // At the typical 27 % a year, 20 agent-years hold about 5 leavers: a 95 % interval of roughly
    // ×0.4–×2, the least that still separates 15 % from 45 % ([S]). The API's longest window (30 d)
    // reaches it only from about 245 agents; smaller centres need a quarter or a year of rows.
    minSample: 20,
    sampleNoun: 'employed agent-years',
    defaultTarget: null, // measured levels only (kpi-catalog K46): in the benchmark pack
    compute: ({ total: { counters: c } }) => {
      const years = c.employedSeconds / YEAR_SECONDS;
      if (years <= 0) {
        return null;
      }
      const ci = poissonRateInterval(c.leavers, years);
      return { value: c.leavers / years, numerator: c.leavers, denominator: years, ...(ci !== null && { ci }) };
    },
  },
  {
    id: 'early_attrition',
    ref: 'K43',
    name: 'Early attrition (≤ 90 days)',
    formula: 'hires who left within 90 days / hires, by hire date (hires of the last 90 days can still leave early: the figure rises)',
    unit: 'ratio',
    better: 'lower',
    proportion: true,
    // 20 hires: a 95 % Wilson interval of about ±20 points at 25 %, coarse but enough to flag a cohort ([S]).
    minSample: 20,
    sampleNoun: 'hires',
    defaultTarget: null, // the only public figure (25 %) is from an aggregator, not reliable (kpi-catalog K43)
    compute: ({ total: { counters: c } }) => proportion(c.earlyLeavers, c.hires),
  },
];
