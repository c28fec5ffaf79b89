import { assessKpi, describeKpi, evaluateKpi, emptyAggregate, kpiDefinition, yardstickOf, type KpiDefinition } from '@vahti/kpi';

const sl = kpiDefinition('service_level') as KpiDefinition;
const fcr = kpiDefinition('first_contact_resolution') as KpiDefinition;
const aht = kpiDefinition('average_handle_time') as KpiDefinition;
const benchmark = { kpi: 'service_level', evidence: 'rule_of_thumb' as const, source: '80/20 convention', year: 2014 };
const sqm = { kpi: 'first_contact_resolution', evidence: 'measured' as const, source: 'SQM', year: 2022 };

describe('assessKpi (the structured verdict)', () => {
  it('measures the gap to the target when there is one', () => {
    const value = { value: 0.763, numerator: 610, denominator: 800 };
    const a = assessKpi(sl, value, { median: 0.8, target: 0.85, benchmark }, 0.784);
    expect(a.rating).toEqual({ status: 'rated', level: 2 });
    expect(a.gap).toEqual({ line: 'target', lineValue: 0.85, derived: false, size: expect.closeTo(0.087, 10) as number, side: 'worse' });
    expect(a.direction).toEqual({ previous: 0.784, change: expect.closeTo(-0.021, 10) as number, improving: false });
  });

  it('without a target, measures the gap to the next line up, derived ones marked', () => {
    const y = { median: 0.7, worldClass: 0.8, benchmark: sqm };
    const value = (x: number) => ({ value: x, numerator: x * 400, denominator: 400 });
    expect(assessKpi(fcr, value(0.66), y, null).gap).toMatchObject({ line: 'median', lineValue: 0.7, side: 'worse', derived: false });
    expect(assessKpi(fcr, value(0.72), y, null).gap).toMatchObject({ line: 'topQuartile', side: 'worse', derived: true });
    expect(assessKpi(fcr, value(0.77), y, null).gap).toMatchObject({ line: 'worldClass', lineValue: 0.8, side: 'worse' });
    expect(assessKpi(fcr, value(0.83), y, null).gap).toMatchObject({ line: 'worldClass', side: 'better' });
    expect(assessKpi(fcr, value(0.3), y, null).gap).toMatchObject({ line: 'critical', side: 'worse', derived: true });
  });
});

describe('describeKpi (the text, rendered from the verdict)', () => {
  const text = (kpi: KpiDefinition, value: Parameters<typeof assessKpi>[1], y: Parameters<typeof assessKpi>[2], previous: number | null) =>
    describeKpi(kpi, value, y, assessKpi(kpi, value, y, previous));

  it('states value, interval, yardstick with its source, gap, direction and verdict', () => {
    expect(
      text(
        sl,
        { value: 0.763, numerator: 610, denominator: 800, ci: [0.732, 0.792] },
        { median: 0.8, target: 0.85, benchmark, targetFrom: 'tenant' },
        0.784,
      ),
    ).toBe(
      'Service level is 76.3 % (n = 800 answered or abandoned contacts, 95 % CI 73.2 %–79.2 %); ' +
        "against target 85 % (the tenant's own), typical 80 % (80/20 convention, 2014; a convention); 8.7 pp worse than the target; " +
        'down 2.1 pp from the previous window, worsening. Rating 2 of 5: below typical.',
    );
  });

  it('without a target, states the gap to the nearest yardstick line', () => {
    expect(text(fcr, { value: 0.72, numerator: 288, denominator: 400 }, { median: 0.7, worldClass: 0.8, benchmark: sqm }, 0.7)).toBe(
      'First-contact resolution (survey) is 72 % (n = 400 survey answers); against typical 70 %, world-class 80 % (SQM, 2022; measured); ' +
        '3 pp worse than the top quartile (75 %, derived); up 2 pp from the previous window, improving. Rating 3 of 5: typical.',
    );
  });

  it('cites a default target as a convention', () => {
    const y = yardstickOf(undefined, undefined, sl.defaultTarget ?? undefined);
    expect(text(sl, { value: 0.82, numerator: 410, denominator: 500 }, y, null)).toContain('against target 80 % (default: 80/20');
  });

  it('describes band KPIs against the planned range and handles missing data', () => {
    expect(text(aht, { value: 640, numerator: 6400, denominator: 10 }, { band: { low: 480, high: 600 }, bandFrom: 'tenant' }, null)).toBe(
      "Average handle time is 10 min 40 s (n = 10 handled contacts); planned range 8 min 0 s–10 min 0 s (the tenant's own); 40 s above the planned range; " +
        'no earlier value to compare. Not rated: the sample is below the minimum.',
    );
    expect(describeKpi(aht, null, {}, assessKpi(aht, null, {}, null))).toBe('Average handle time: no data in this window.');
  });
});

describe('handle time against the forecast AHT (the default for C3)', () => {
  const input = (handled: number, handleSeconds: number, forecastContacts: number, forecastAht: number) => {
    const total = emptyAggregate();
    Object.assign(total.counters, {
      handled,
      talkSeconds: handleSeconds,
      handleSquares: (handleSeconds / handled) ** 2 * handled,
      forecastContacts,
      forecastWorkloadSeconds: forecastContacts * forecastAht,
    });
    return { total, agents: [], teams: [] };
  };
  const y = yardstickOf(undefined, undefined, aht.defaultTarget ?? undefined);

  it('rates AHT within ±5 % of the forecast AHT as at plan, beyond ±15 % as critical', () => {
    const at = (aht_: number) => evaluateKpi(aht, input(100, 100 * aht_, 100, 600), y, null);
    expect(at(600).rating).toEqual({ status: 'rated', level: 5 });
    expect(at(620).rating).toEqual({ status: 'rated', level: 4 });
    expect(at(650).rating).toEqual({ status: 'rated', level: 3 });
    expect(at(680).rating).toEqual({ status: 'rated', level: 2 });
    expect(at(700).rating).toEqual({ status: 'rated', level: 1 });
    expect(at(650).sentence).toContain(
      'planned range 9 min 30 s–10 min 30 s around the plan 10 min 0 s (default: within ±5 % of the forecast AHT',
    );
  });

  it('says why it is not rated without a forecast', () => {
    const result = evaluateKpi(aht, input(100, 60_000, 0, 0), y, null);
    expect(result.rating).toEqual({ status: 'no_yardstick' });
    expect(result.sentence).toContain('no planned range set and no forecast AHT in the window, so not rated');
  });
});
