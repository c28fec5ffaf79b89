import { watchedMetric } from '../observations/watched-metrics';
import type { WatchedMetric } from '../observations/watched-metric';
import { BURN_RATE_RULES, breachRulesFor, burnRate, PLAN_RULES, THRESHOLD_RULES, windowIntervalsNeeded } from './breach-rules';

function metric(id: string): WatchedMetric {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(id);
  }
  return m;
}

describe('breach rules', () => {
  it('measure burn as badness over the badness of the line', () => {
    // Service level 60 % against 80 %: (1 − 0.6) / (1 − 0.8) = 2, the SRE error-budget burn.
    expect(burnRate(metric('service_level'), 0.6, 0.8)).toBeCloseTo(2, 12);
    // Abandonment 12 % against 8 %: 1.5.
    expect(burnRate(metric('abandonment_rate'), 0.12, 0.08)).toBeCloseTo(1.5, 12);
    // Handle time 450 s against 300 s: 1.5.
    expect(burnRate(metric('average_handle_time'), 450, 300)).toBeCloseTo(1.5, 12);
    // Forecast accuracy 75 % against 85 %: error 25 % over 15 % = 1.67.
    expect(burnRate(metric('volume_forecast_accuracy'), 0.75, 0.85)).toBeCloseTo(0.25 / 0.15, 12);
    // A line with no budget at all: any bad outcome is an infinite burn.
    expect(burnRate(metric('abandonment_rate'), 0.01, 0)).toBe(Infinity);
  });

  it('pick the rule set by breach style and take the critical ratio from a critical line', () => {
    expect(breachRulesFor(metric('abandonment_rate'), { value: 0.08, source: 'target' })).toBe(BURN_RATE_RULES);
    expect(breachRulesFor(metric('average_speed_of_answer'), { value: 30, source: 'benchmark' })).toBe(THRESHOLD_RULES);
    // Forecast accuracy: target 95 %, critical 85 %: critical ratio (1 − 0.85) / (1 − 0.95) = 3.
    const plan = breachRulesFor(metric('volume_forecast_accuracy'), { value: 0.95, source: 'target', critical: 0.85 });
    expect(plan?.rules.find((r) => r.severity === 'critical')?.ratio).toBeCloseTo(3, 12);
    expect(plan?.rules.every((r) => r.longIntervals === PLAN_RULES.rules[0]?.longIntervals)).toBe(true);
  });

  it('say how much history the windows need', () => {
    // 16 intervals for the 4-hour warning pair, plus 3 for a 60-minute plan block that began before it.
    expect(windowIntervalsNeeded(BURN_RATE_RULES)).toBe(19);
    expect(windowIntervalsNeeded(THRESHOLD_RULES)).toBe(7);
  });
});
