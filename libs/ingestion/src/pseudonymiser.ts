import { createHmac } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Maps a raw customer identifier to a stable, non-reversible reference, per tenant. */
export type Pseudonymiser = (tenantId: string, identifier: string) => string;

/**
 * HMAC-SHA-256 with a per-tenant key derived from the configured secret: the same customer gets
 * the same reference within a tenant (repeat-contact KPIs still work) and unrelated references
 * across tenants. Identifiers are trimmed and lower-cased first so "A@x.com " and "a@x.com" match.
 */
export function createPseudonymiser(secret: string, cacheSize = 20_000): Pseudonymiser {
  const tenantKeys = new Map<string, Buffer>();
  // A contact's offered, answered, ended and survey events all carry the same customer within
  // minutes: remembering recent references saves most HMACs on the hot path. Raw identifiers are
  // held only in memory, as they are while their events are being decoded anyway.
  const recent = new LRUCache<string, string>({ max: cacheSize });
  return (tenantId, identifier) => {
    const normalised = identifier.trim().toLowerCase();
    const cacheKey = `${tenantId}\u0000${normalised}`;
    const hit = recent.get(cacheKey);
    if (hit !== undefined) {
      return hit;
    }
    let key = tenantKeys.get(tenantId);
    if (key === undefined) {
      key = createHmac('sha256', secret).update(`vahti-tenant:${tenantId}`).digest();
      tenantKeys.set(tenantId, key);
    }
    const reference = createHmac('sha256', key).update(normalised).digest('base64url');
    recent.set(cacheKey, reference);
    return reference;
  };
}
