import { UseGuards, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { TenantKeyGuard } from './tenant-key.guard';

/**
 * A controller under /tenants/:tenantId: every request needs that tenant's API key (bearer token or
 * X-Api-Key; TenantKeyGuard), and the OpenAPI document says so, with what a 404 means here.
 */
export function TenantApi(notFound: string): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiSecurity('api-key'),
    ApiUnauthorizedResponse({ description: 'No API key, or an unknown one.' }),
    ApiNotFoundResponse({ description: notFound }),
    UseGuards(TenantKeyGuard),
  );
}
