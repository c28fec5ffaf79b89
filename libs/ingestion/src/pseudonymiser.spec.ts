import { createPseudonymiser } from './pseudonymiser';

describe('createPseudonymiser', () => {
  const pseudonymise = createPseudonymiser('a-local-test-key-of-32-characters');

  it('is stable for the same tenant and customer, and hides the identifier', () => {
    const ref = pseudonymise('acme', '+358401234567');
    expect(ref).toBe(pseudonymise('acme', '+358401234567'));
    expect(ref).not.toContain('358401234567');
    expect(ref).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('normalises case and surrounding space so the same e-mail matches', () => {
    expect(pseudonymise('acme', ' Anna@Example.com ')).toBe(pseudonymise('acme', 'anna@example.com'));
  });

  it('gives unrelated references in different tenants', () => {
    expect(pseudonymise('acme', 'anna@example.com')).not.toBe(pseudonymise('globex', 'anna@example.com'));
  });

  it('depends on the secret', () => {
    expect(createPseudonymiser('another-key-of-enough-length')('acme', 'x')).not.toBe(pseudonymise('acme', 'x'));
  });
});
