import { type CanActivate, type ExecutionContext, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { EVALUATOR_CONFIG, type EvaluatorRuntimeConfig } from '../evaluator-config';

/**
 * Every API request carries a tenant's key (`Authorization: Bearer <key>` or `X-Api-Key`). No or
 * an unknown key: 401. A valid key for another tenant's path: 404, so a key cannot even learn
 * which other tenants exist.
 */
@Injectable()
export class TenantKeyGuard implements CanActivate {
  constructor(@Inject(EVALUATOR_CONFIG) private readonly config: EvaluatorRuntimeConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<KeyedRequest>();
    const key = presentedKey(request);
    const tenant = key === undefined ? undefined : this.config.domain.apiKeys.tenantOf(key);
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
