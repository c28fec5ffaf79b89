import { instanceIdOf } from './instance-id';

describe('instanceIdOf', () => {
  it('is a version-8 UUID, the same for the same trip', () => {
    const id = instanceIdOf('1a30ba71cca2921f', 1_700_000_000_000);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(instanceIdOf('1a30ba71cca2921f', 1_700_000_000_000)).toBe(id);
  });

  it('differs for another start time or fingerprint', () => {
    const id = instanceIdOf('1a30ba71cca2921f', 1_700_000_000_000);
    expect(instanceIdOf('1a30ba71cca2921f', 1_700_000_000_001)).not.toBe(id);
    expect(instanceIdOf('1a30ba71cca29210', 1_700_000_000_000)).not.toBe(id);
  });
});
