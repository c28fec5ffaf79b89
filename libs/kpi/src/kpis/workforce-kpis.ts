// E. Workforce planning & real-time (kpi-catalog §4 E), from agent states and the schedule forecast.
import { ratio, type KpiDefinition, type KpiValue } from './kpi-definition';

const hours = (seconds: number): number => seconds / 3600;

// Time-based shares: the sample is the observed agent time, in hours.
const timeShare = (part: number, whole: number): KpiValue | null => {
  const value = ratio(part, whole);
  return value === null ? null : { value: value.value, numerator: hours(part), denominator: hours(whole) };
};

const accuracy = (absError: number, actual: number): KpiValue | null =>
  actual > 0 ? { value: 1 - absError / actual, numerator: actual - absError, denominator: actual } : null;

export const WORKFORCE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'occupancy',
    ref: 'K40',
    name: 'Occupancy',
    formula: '(busy + wrap-up time) / (busy + wrap-up + available time), from agent states',
    unit: 'ratio',
    better: 'band',
    proportion: false,
    minSample: 8,
    sampleNoun: 'agent hours',
    compute: ({ total: { counters: c } }) =>
      timeShare(c.busySeconds + c.wrapStateSeconds, c.busySeconds + c.wrapStateSeconds + c.availableSeconds),
  },
  {
    id: 'utilisation',
    ref: 'K41',
    name: 'Utilisation (logged-in basis)',
    formula: '(busy + wrap-up time) / logged-in time (available + busy + wrap-up + not-ready)',
    unit: 'ratio',
    better: 'band',
    proportion: false,
    minSample: 8,
    sampleNoun: 'agent hours',
    compute: ({ total: { counters: c } }) =>
      timeShare(c.busySeconds + c.wrapStateSeconds, c.availableSeconds + c.busySeconds + c.wrapStateSeconds + c.auxSeconds),
  },
  {
    id: 'in_shift_shrinkage',
    ref: 'K37',
    name: 'In-shift shrinkage (not-ready share)',
    formula: 'not-ready (aux) time / logged-in time; absences and unscheduled time are not in it',
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: 8,
    sampleNoun: 'agent hours',
    compute: ({ total: { counters: c } }) =>
      timeShare(c.auxSeconds, c.availableSeconds + c.busySeconds + c.wrapStateSeconds + c.auxSeconds),
  },
  {
    id: 'volume_forecast_accuracy',
    ref: 'K34',
    name: 'Volume forecast accuracy',
    formula: '1 − Σ|actual − forecast| / Σ actual over forecast 15-minute intervals (WAPE; schedule forecast)',
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: 100,
    sampleNoun: 'contacts in forecast intervals',
    compute: ({ total: { counters: c } }) => accuracy(c.volumeForecastAbsError, c.volumeForecastActual),
  },
  {
    id: 'aht_forecast_accuracy',
    ref: 'K35',
    name: 'AHT forecast accuracy',
    formula: '1 − Σ|handle time − forecast AHT × handled| / Σ handle time over forecast intervals',
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: 100,
    sampleNoun: 'handle-time seconds in forecast intervals',
    compute: ({ total: { counters: c } }) => accuracy(c.ahtForecastAbsErrorSeconds, c.ahtForecastActualSeconds),
  },
];
