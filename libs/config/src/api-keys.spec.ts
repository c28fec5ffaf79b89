import { apiKeyDigest, parseApiKeys } from './api-keys';

describe('API key table', () => {
  // Digest of "secret-key-a" as `printf %s secret-key-a | sha256sum` prints it.
  const digestA = apiKeyDigest('secret-key-a');

  it('finds the tenant of a presented key from its stored digest only', () => {
    const table = parseApiKeys(`# keys\nacme: ${digestA}\nglobex: sha256:${apiKeyDigest('secret-key-b')}\n\n`);
    expect(table.size).toBe(2);
    expect(table.tenantOf('secret-key-a')).toBe('acme');
    expect(table.tenantOf('secret-key-b')).toBe('globex');
    expect(table.tenantOf(digestA)).toBeUndefined();
    expect(table.tenantOf('')).toBeUndefined();
  });

  it('names the line that is not "<tenant>: <sha256 hex>"', () => {
    expect(() => parseApiKeys(`acme: ${digestA}\nacme secret-key-a\n`)).toThrow(/^line 2: /);
  });

  it('matches the digest sha256sum prints', () => {
    // sha256("abc") from FIPS 180-2, appendix B.1.
    expect(apiKeyDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
