import { type DynamicModule, Module } from '@nestjs/common';
import { TENANT_API_KEYS, TenantKeyGuard } from '@vahti/observability';
import { EVALUATOR_CONFIG, type EvaluatorRuntimeConfig } from '../evaluator-config';
import { KpiQueryService } from './kpi-query.service';
import { KpisController } from './kpis.controller';

/** The REST API: KPIs, series and scorecard per tenant, behind per-tenant API keys. */
@Module({})
export class ApiModule {
  static forRoot(config: EvaluatorRuntimeConfig): DynamicModule {
    return {
      module: ApiModule,
      controllers: [KpisController],
      providers: [
        { provide: EVALUATOR_CONFIG, useValue: config },
        { provide: TENANT_API_KEYS, useValue: config.domain.apiKeys },
        KpiQueryService,
        TenantKeyGuard,
      ],
    };
  }
}
