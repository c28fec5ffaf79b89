import { exampleScenario } from './example-scenario';
import { scenarioFingerprint } from './scenario-fingerprint';
import { validateScenario } from './validate-scenario';

describe('scenarioFingerprint', () => {
  const base = validateScenario(exampleScenario(), 'example.yaml');

  it('is stable for the same scenario, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as typeof base;
    expect(scenarioFingerprint(reordered)).toBe(scenarioFingerprint(base));
    expect(scenarioFingerprint(base)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('differs when the seed, the length or anything else changes', () => {
    const prints = new Set([
      scenarioFingerprint(base),
      scenarioFingerprint({ ...base, seed: base.seed + 1 }),
      scenarioFingerprint({ ...base, days: base.days + 1 }),
      scenarioFingerprint({ ...base, faults: [] }),
    ]);
    expect(prints.size).toBe((base.faults ?? []).length > 0 ? 4 : 3);
  });
});
