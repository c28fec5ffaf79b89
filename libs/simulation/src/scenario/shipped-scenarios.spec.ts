import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createEventValidator } from '@vahti/contracts';
import { simulateContactCenter } from '../contact-center/simulate-contact-center';
import { faultStartSeconds } from './fault-time';
import { validateScenario, validateScenarioSet } from './validate-scenario';

const DIR = join(__dirname, '..', '..', 'scenarios');
const MULTI_TENANT = 'baseline-multi-tenant.yaml';
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml') && f !== MULTI_TENANT)
  .sort();
const load = (file: string) => validateScenario(parse(readFileSync(join(DIR, file), 'utf8')), file);

describe('shipped scenarios', () => {
  it('ships the baseline and at least 8 fault scenarios', () => {
    expect(FILES).toContain('baseline-midsize.yaml');
    expect(FILES.filter((f) => f.startsWith('fault-')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(FILES)('%s validates', (file) => {
    const scenario = load(file);
    expect(scenario.tenant).toBe('northwind');
    expect(file.startsWith('fault-')).toBe((scenario.faults ?? []).length > 0);
  });

  it('baseline: a weekday of about 5,000 contacts whose events all validate', () => {
    const { events, groundTruth } = simulateContactCenter({ ...load('baseline-midsize.yaml'), days: 1 });
    const validate = createEventValidator();
    expect(events.filter((e) => !validate(e).ok)).toEqual([]);
    const offered = events.filter((e) => e.type === 'io.vahti.contact.offered.v1').length;
    const contained = events.filter((e) => e.type === 'io.vahti.selfservice.completed.v1' && e.data.contained).length;
    expect(offered + contained).toBeGreaterThan(4500);
    expect(offered + contained).toBeLessThan(6500);
    expect(groundTruth.faults).toEqual([]);
  });

  it.each(FILES.filter((f) => f.startsWith('fault-')))('%s runs and reports its faults as ground truth', (file) => {
    const scenario = load(file);
    const faults = scenario.faults ?? [];
    // Run only up to the end of the day of the last fault, to keep the test fast.
    const lastDay = Math.max(
      ...faults.map((f) => Math.floor((faultStartSeconds(f.start, scenario) + f.durationMinutes * 60 - 1) / 86_400)),
    );
    const { events, groundTruth } = simulateContactCenter({ ...scenario, days: lastDay + 1 });
    expect(events.length).toBeGreaterThan(0);
    expect(groundTruth.faults.map((f) => f.id)).toEqual(faults.map((f) => f.id));
    expect(groundTruth.faults.every((f) => f.start < f.end)).toBe(true);
    // Each fault took effect inside its window (at the queues' opening for one that starts at night).
    for (const f of groundTruth.faults) {
      const from = f.observableFrom ?? '';
      expect([from >= f.start, from < f.end]).toEqual([true, true]);
    }
    if (file === 'fault-forecast-miss.yaml') {
      expect(groundTruth.faults[0]?.observableFrom?.slice(11, 16)).not.toBe(groundTruth.faults[0]?.start.slice(11, 16));
    }
  });

  it('the multi-tenant baseline validates: northwind as in the baseline, plus a second tenant', () => {
    const set = validateScenarioSet(parse(readFileSync(join(DIR, MULTI_TENANT), 'utf8')), MULTI_TENANT);
    expect(set.tenants.map((t) => t.tenant)).toEqual(['northwind', 'fabrikam']);
    expect(set.tenants[0]).toEqual(load('baseline-midsize.yaml'));
  });

  it('the example in docs/scenarios.md validates and runs', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'scenarios.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(yaml).toBeDefined();
    const scenario = validateScenario(parse(yaml ?? ''), 'docs/scenarios.md');
    expect(simulateContactCenter(scenario).groundTruth.faults).toHaveLength(1);
  });
});
