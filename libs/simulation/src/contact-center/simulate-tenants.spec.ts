import { createEventValidator } from '@vahti/contracts';
import { exampleScenario } from '../scenario/example-scenario';
import { ScenarioError } from '../scenario/scenario-error';
import { validateScenarioSet } from '../scenario/validate-scenario';
import { simulateContactCenter } from './simulate-contact-center';
import { simulateTenants } from './simulate-tenants';

describe('simulateTenants', () => {
  const acme = exampleScenario();
  // A second tenant one hour behind, with its own seed and a fault.
  const globex = {
    ...exampleScenario(),
    tenant: 'globex',
    seed: 99,
    utcOffsetMinutes: 60,
    faults: [
      {
        id: 'slow',
        kind: 'handle_time_increase',
        start: 'day 1 10:00',
        durationMinutes: 60,
        segment: {},
        change: { parameter: 'handleTime' as const, multiply: 1.2 },
      },
    ],
  };
  const { events, groundTruth } = simulateTenants([acme, globex]);

  it('merges the tenants in time order, each exactly as simulated alone', () => {
    const times = events.map((e) => Date.parse(e.time));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] as number))).toBe(true);
    const own = (tenant: string) => events.filter((e) => e.tenantid === tenant).map((e) => JSON.stringify(e));
    expect(own('acme')).toEqual(simulateContactCenter(acme).events.map((e) => JSON.stringify(e)));
    expect(own('globex')).toEqual(simulateContactCenter(globex).events.map((e) => JSON.stringify(e)));
    expect(groundTruth.map((g) => [g.tenant, g.faults.length])).toEqual([
      ['acme', 0],
      ['globex', 1],
    ]);
    const validate = createEventValidator();
    expect(events.filter((e) => !validate(e).ok)).toEqual([]);
  });

  it('validates a multi-tenant file, naming the tenant in each pointer', () => {
    const bad = { tenants: [acme, { ...globex, tenant: 'acme', teams: [{ ...globex.teams[0], skills: ['nope'] }] }] };
    expect(() => validateScenarioSet(bad, 'two.yaml')).toThrow(ScenarioError);
    expect(() => validateScenarioSet(bad, 'two.yaml')).toThrow(/two\.yaml: \/tenants\/1\/teams\/0\/skills\/0: names unknown queue "nope"/);
    expect(() => validateScenarioSet(bad, 'two.yaml')).toThrow(/two\.yaml: \/tenants\/1\/tenant: duplicates tenant "acme"/);
    expect(() => validateScenarioSet({ tenants: [] }, 'none.yaml')).toThrow(/none\.yaml: \/tenants: must NOT have fewer than 1 items/);
  });
});
