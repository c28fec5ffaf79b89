// E. Workforce planning & real-time (kpi-catalog §4 E), from agent states and the schedule forecast.
import { FORECAST_ACCURACY_DEFAULT, OCCUPANCY_DEFAULT } from './default-targets';
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
    defaultTarget: OCCUPANCY_DEFAULT,
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
    defaultTarget: null, // no published band for logged-in utilisation (kpi-catalog K41)
    compute: ({ total: { counters: c } }) =>
      timeShare(c.busySeconds + c.wrapStateSeconds, c.availableSeconds + c.busySeconds + c.wrapStateSeconds + c.auxSeconds),
  },
  {
    // Not K37's shrinkage (that is schedule-kpis.ts, against paid scheduled time): the not-ready
    // part of logged-in time, which needs no schedule, for tenants without WFM data.
    id: 'not_ready_share',
    ref: 'K37',
    name: 'Not-ready share of logged-in time',
    formula: 'not-ready (aux) time / logged-in time (available + busy + wrap-up + aux); absences and unscheduled time are not in it',
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: 8,
    sampleNoun: 'agent hours',
    defaultTarget: null, // measured averages only (24–27 %, kpi-catalog K37): the gap to the tenant's plan is what counts
    compute: ({ total: { counters: c } }) =>
      timeShare(c.auxSeconds, c.availableSeconds + c.busySeconds + c.wrapStateSeconds + c.auxSeconds),
  },
  {
    id: 'volume_forecast_accuracy',
    ref: 'K34',
    name: 'Volume forecast accuracy',
    formula: "1 − Σ|actual − forecast| / Σ actual over the forecast's own intervals (WAPE; 15, 30 or 60 min; schedule forecast)",
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: 100,
    sampleNoun: 'contacts in forecast intervals',
    defaultTarget: FORECAST_ACCURACY_DEFAULT,
    compute: ({ total: { counters: c } }) => accuracy(c.volumeForecastAbsError, c.volumeForecastActual),
  },
  {
    id: 'aht_forecast_accuracy',
    ref: 'K35',
    name: 'AHT forecast accuracy',
    formula: "1 − Σ|handle time − forecast AHT × handled| / Σ handle time over the forecast's own intervals",
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: 100,
    sampleNoun: 'handled contacts in forecast intervals',
    defaultTarget: FORECAST_ACCURACY_DEFAULT, // kpi-catalog K35: "as K34"
    // The sample is the handled contacts the error is over, not the handle-time seconds it is in.
    compute: ({ total: { counters: c } }) => {
      const value = accuracy(c.ahtForecastAbsErrorSeconds, c.ahtForecastActualSeconds);
      return value === null ? null : { ...value, numerator: value.value * c.ahtForecastHandled, denominator: c.ahtForecastHandled };
    },
  },
];
