// Authentication of every tenant API (evaluator, alerter): one guard, so both answer a missing,
// unknown or foreign key the same way. The key table comes from the app (TENANT_API_KEYS), loaded
// and validated with its other settings at start-up.
import { type CanActivate, type ExecutionContext, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { ApiKeyTable } from '@vahti/config';

/** Injection token of the app's ApiKeyTable; provide it in the module whose controllers use the guard. */
export const TENANT_API_KEYS = Symbol('TENANT_API_KEYS');

/**
 * Every API request carries a tenant's key (`Authorization: Bearer <key>` or `X-Api-Key`). No or
 * an unknown key: 401. A valid key for another tenant's path: 404, so a key cannot even learn
 * which other tenants exist.
 */
@Injectable()
export class TenantKeyGuard implements CanActivate {
  constructor(@Inject(TENANT_API_KEYS) private readonly keys: ApiKeyTable) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<KeyedRequest>();
    const key = presentedKey(request);
    const tenant = key === undefined ? undefined : this.keys.tenantOf(key);
    if (tenant === undefined) {
      throw new UnauthorizedException('a valid tenant API key is required (Authorization: Bearer <key>)');
    }
    const wanted = request.params.tenantId;
    if (typeof wanted === 'string' && wanted !== tenant) {
      throw new NotFoundException();
    }
    return true;
  }
}

/** The parts of an HTTP request the guard reads. */
interface KeyedRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly params: Readonly<Record<string, string | undefined>>;
}

function presentedKey(request: KeyedRequest): string | undefined {
  const auth = request.headers['authorization'];
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) {
    return auth.slice('Bearer '.length).trim();
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.length > 0 ? header : undefined;
}
