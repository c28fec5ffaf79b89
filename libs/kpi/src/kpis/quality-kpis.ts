// D. Quality & compliance (kpi-catalog §4 D): transaction monitoring results.
import { meanWithInterval, proportion, ratio, type KpiDefinition } from './kpi-definition';

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
  minSample: 30,
  sampleNoun: 'QA evaluations',
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
    minSample: 30,
    sampleNoun: 'QA evaluations',
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
    minSample: 50,
    sampleNoun: 'handled contacts',
    compute: ({ total: { counters: c } }) => ratio(c.qaEvaluations, c.handled),
  },
];
