// Per-tenant API keys, stored as SHA-256 digests: the file never holds a usable key. A key is
// random and long, so a plain (unsalted) digest is enough to make a leaked file useless. Shared by
// every app with a tenant API (evaluator, alerter), so both accept exactly the same key files.
import { createHash, timingSafeEqual } from 'node:crypto';

export interface ApiKeyTable {
  /** The tenant a presented key belongs to, or undefined. */
  tenantOf(presentedKey: string): string | undefined;
  readonly size: number;
}

const LINE = /^\s*([a-z0-9][a-z0-9-]{0,62})\s*:\s*(?:sha256:)?([0-9a-f]{64})\s*$/;

/** The SHA-256 hex digest under which a key is stored. */
export function apiKeyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Parses "tenant: <sha256 hex>" lines (blank lines and # comments allowed); a tenant may have several keys. */
export function parseApiKeys(text: string): ApiKeyTable {
  const entries: Array<{ tenant: string; digest: Buffer }> = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') {
      return;
    }
    const match = LINE.exec(line);
    if (match === null) {
      throw new Error(`line ${index + 1}: expected "<tenant>: <sha256 hex of the key>"`);
    }
    entries.push({ tenant: match[1] as string, digest: Buffer.from(match[2] as string, 'hex') });
  });
  return {
    size: entries.length,
    tenantOf(presentedKey) {
      const digest = Buffer.from(apiKeyDigest(presentedKey), 'hex');
      // Compare against every entry in constant time per entry, so timing does not reveal a prefix.
      let tenant: string | undefined;
      for (const entry of entries) {
        if (timingSafeEqual(entry.digest, digest)) {
          tenant = entry.tenant;
        }
      }
      return tenant;
    },
  };
}
