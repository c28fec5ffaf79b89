import { describeKpi, kpiDefinition, type KpiDefinition } from '@vahti/kpi';

const sl = kpiDefinition('service_level') as KpiDefinition;
const aht = kpiDefinition('average_handle_time') as KpiDefinition;
const benchmark = { kpi: 'service_level', evidence: 'rule_of_thumb' as const, source: '80/20 convention', year: 2014 };

describe('describeKpi', () => {
  it('states value, interval, yardstick with its source, gap, direction and verdict', () => {
    const text = describeKpi(
      sl,
      { value: 0.763, numerator: 610, denominator: 800, ci: [0.732, 0.792] },
      { status: 'rated', level: 2 },
      { median: 0.8, target: 0.85, benchmark },
      0.784,
    );
    expect(text).toBe(
      'Service level is 76.3 % (n = 800 answered or abandoned contacts, 95 % CI 73.2 %–79.2 %); ' +
        'against target 85 % (8.7 pp worse), typical 80 % (80/20 convention, 2014; a convention); ' +
        'down 2.1 pp from the previous window, worsening. Rating 2 of 5: below typical.',
    );
  });

  it('describes band KPIs against the planned range and handles missing data', () => {
    const text = describeKpi(
      aht,
      { value: 640, numerator: 6400, denominator: 10 },
      { status: 'insufficient_data' },
      { band: { low: 480, high: 600 } },
      null,
    );
    expect(text).toBe(
      'Average handle time is 10 min 40 s (n = 10 handled contacts); planned range 8 min 0 s–10 min 0 s, 40 s above it; ' +
        'no earlier value to compare. Not rated: the sample is below the minimum.',
    );
    expect(describeKpi(aht, null, { status: 'no_data' }, {}, null)).toBe('Average handle time: no data in this window.');
  });
});
