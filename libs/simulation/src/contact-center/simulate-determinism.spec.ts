import { exampleScenario } from '../scenario/example-scenario';
import { simulateContactCenter, streamContactCenter } from './simulate-contact-center';

function ndjson(seed: number): string {
  const run = simulateContactCenter({ ...exampleScenario(), seed });
  return run.events.map((event) => JSON.stringify(event)).join('\n');
}

describe('simulateContactCenter determinism', () => {
  it('gives byte-identical NDJSON for the same seed', () => {
    const first = ndjson(7);
    expect(first.length).toBeGreaterThan(100_000);
    expect(ndjson(7)).toBe(first);
  });

  it('gives different output for a different seed', () => {
    expect(ndjson(8)).not.toBe(ndjson(7));
  });

  it('streams the same events it returns', () => {
    const streamed: string[] = [];
    const groundTruth = streamContactCenter({ ...exampleScenario(), seed: 7 }, (event) => streamed.push(JSON.stringify(event)));
    expect(streamed.join('\n')).toBe(ndjson(7));
    expect(groundTruth).toEqual({ tenant: 'acme', source: expect.stringMatching(/^\/sim\/acme\/[0-9a-f]{12}$/) as unknown, faults: [] });
  });
});
