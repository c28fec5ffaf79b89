// D. Quality & compliance (kpi-catalog §4 D): transaction monitoring results.
import { meanWithInterval, proportion, ratio, type KpiDefinition } from './kpi-definition';
import { MIN_MEAN_SAMPLE, MIN_SHARE_SAMPLE } from './minimum-samples';

const criticalAccuracy = (
  id: string,
  label: string,
  counter: 'qaCustomerCriticalFree' | 'qaBusinessCriticalFree' | 'qaComplianceCriticalFree',
): KpiDefinition => ({
  id,
  ref: 'K29',
  name: `Critical error accuracy: ${label}`,
  formula: `evaluations with no ${label} critical error / evaluations`,
  unit: 'ratio',
  better: 'higher',
  proportion: true,
  // [S]: evaluations are scarce (a few per agent and month, kpi-catalog K31), so 30 rather than 50.
  minSample: MIN_MEAN_SAMPLE,
  sampleNoun: 'QA evaluations',
  defaultTarget: null, // the only figures (95 / 90 / 99.5 %) are unverified [U] (kpi-catalog K29): do not cite
  compute: ({ total: { counters: c } }) => proportion(c[counter], c.qaEvaluations),
});

export const QUALITY_KPIS: readonly KpiDefinition[] = [
  {
    id: 'qa_score',
    ref: 'K28',
    name: 'QA score',
    formula: 'Σ evaluation score (0–100) / evaluations (latest version of each; calibration excluded)',
    unit: 'points',
    better: 'higher',
    proportion: false,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'QA evaluations',
    defaultTarget: null, // forms differ between centres; the vendor 80–90 % range is in the pack (kpi-catalog K28)
    compute: ({ total: { counters: c } }) => meanWithInterval(c.qaScoreSum, c.qaScoreSquares, c.qaEvaluations),
  },
  criticalAccuracy('critical_error_accuracy_customer', 'customer', 'qaCustomerCriticalFree'),
  criticalAccuracy('critical_error_accuracy_business', 'business', 'qaBusinessCriticalFree'),
  criticalAccuracy('critical_error_accuracy_compliance', 'compliance', 'qaComplianceCriticalFree'),
  {
    id: 'qa_coverage',
    ref: 'K31',
    name: 'QA coverage',
    formula: 'QA evaluations / handled contacts',
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // no industry-standard ratio exists (DMG 2007, kpi-catalog K31)
    compute: ({ total: { counters: c } }) => ratio(c.qaEvaluations, c.handled),
  },
];
