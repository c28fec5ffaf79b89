// The conventions a KPI is rated against when the tenant sets no target of its own. They are
// practitioner rules of thumb (kpi-catalog evidence [RT]), not measured distributions, so they are
// targets, not benchmark lines (kpi-catalog §7.1 point 3); measured levels live in the benchmark pack.
import type { DefaultTarget } from './kpi-definition';

/** 80 % answered within T: the most common service-level target (kpi-catalog K01, [RT]). */
export const SERVICE_LEVEL_TARGET = 0.8;

/** Service level: 80/20 for voice; other channels keep the 80 % with their own T. */
export const SERVICE_LEVEL_DEFAULT: DefaultTarget = {
  target: SERVICE_LEVEL_TARGET,
  evidence: 'rule_of_thumb',
  source:
    '80/20 (80 % answered within T) is the most common target, origin unclear (Fonolo 2014; ICMI); other channels keep the 80 % with their own T (Vahti convention)',
};

/** Abandonment: the lenient end of the 5–8 % "industry standard", stated for voice (kpi-catalog K03, [RT]). */
export const ABANDONMENT_DEFAULT: DefaultTarget = {
  target: 0.08,
  channels: ['voice'],
  evidence: 'rule_of_thumb',
  source:
    '"industry standard" 5–8 % abandonment (IFC via mptelecom; Uniphore), its lenient end; measured averages are 12–13 % (Talkdesk 2015; Dimension Data 2005)',
};

/** Forecast accuracy: ±5 % variance acceptable, below 85 % problematic (kpi-catalog K34, [RT]). */
export const FORECAST_ACCURACY_DEFAULT: DefaultTarget = {
  target: 0.95,
  critical: 0.85,
  evidence: 'rule_of_thumb',
  source: '±5 % forecast variance is acceptable to most managers (Knowlagent 2012; Intradiem); below 85 % is problematic (Cirrus grading)',
};

/**
 * Handle time: closer to plan is better (kpi-catalog K14), so the band is the forecast AHT ± 5 %,
 * critical beyond ± 15 %: the forecast-variance convention of K34 applied to AHT, as K35 does ([RT]).
 */
export const AHT_PLAN_DEFAULT: DefaultTarget = {
  aroundPlan: { tolerance: 0.05, critical: 0.15 },
  evidence: 'rule_of_thumb',
  source:
    'within ±5 % of the forecast AHT, 15 % or more off is poor: the forecast-variance convention (Knowlagent 2012; Intradiem) applied to AHT',
};

/** Occupancy: the WFM Labs zones (kpi-catalog K40, [RT]). */
export const OCCUPANCY_DEFAULT: DefaultTarget = {
  band: { low: 0.75, high: 0.85 },
  critical: 0.9,
  criticalLow: 0.65,
  evidence: 'rule_of_thumb',
  source:
    'WFM Labs occupancy zones: 75–85 % target, 85–90 % pressure, above 90 % burnout, below 65 % idle (also Call Centre Helper: do not exceed about 85 %)',
};
