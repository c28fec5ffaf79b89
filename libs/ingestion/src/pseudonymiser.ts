import { createHmac } from 'node:crypto';

/** Maps a raw customer identifier to a stable, non-reversible reference, per tenant. */
export type Pseudonymiser = (tenantId: string, identifier: string) => string;

/**
 * HMAC-SHA-256 with a per-tenant key derived from the configured secret: the same customer gets
 * the same reference within a tenant (repeat-contact KPIs still work) and unrelated references
 * across tenants. Identifiers are trimmed and lower-cased first so "A@x.com " and "a@x.com" match.
 */
export function createPseudonymiser(secret: string): Pseudonymiser {
  const tenantKeys = new Map<string, Buffer>();
  return (tenantId, identifier) => {
    let key = tenantKeys.get(tenantId);
    if (key === undefined) {
      key = createHmac('sha256', secret).update(`vahti-tenant:${tenantId}`).digest();
      tenantKeys.set(tenantId, key);
    }
    return createHmac('sha256', key).update(identifier.trim().toLowerCase()).digest('base64url');
  };
}
