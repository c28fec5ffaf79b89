import { type DynamicModule, Module } from '@nestjs/common';
import { TENANT_API_KEYS, TenantKeyGuard } from '@vahti/observability';
import type { AlerterRuntimeConfig } from '../alerter-config';
import { AlertQueries } from './alert-queries';
import { AlertsController } from './alerts.controller';
import { SignalsController } from './signals.controller';
import { SilencesController } from './silences.controller';

/** The REST API: alerts and silences per tenant behind per-tenant API keys; signal ingestion only when enabled. */
@Module({})
export class ApiModule {
  static forRoot(config: AlerterRuntimeConfig): DynamicModule {
    return {
      module: ApiModule,
      controllers: [AlertsController, SilencesController, ...(config.ALERTER_SIGNALS_API ? [SignalsController] : [])],
      providers: [{ provide: TENANT_API_KEYS, useValue: config.apiKeys }, TenantKeyGuard, AlertQueries],
    };
  }
}
