import { type DynamicModule, Module } from '@nestjs/common';
import { EVALUATOR_CONFIG, type EvaluatorRuntimeConfig } from '../evaluator-config';
import { KpiQueryService } from './kpi-query.service';
import { KpisController } from './kpis.controller';
import { TenantKeyGuard } from './tenant-key.guard';

/** The REST API: KPIs, series and scorecard per tenant, behind per-tenant API keys. */
@Module({})
export class ApiModule {
  static forRoot(config: EvaluatorRuntimeConfig): DynamicModule {
    return {
      module: ApiModule,
      controllers: [KpisController],
      providers: [{ provide: EVALUATOR_CONFIG, useValue: config }, KpiQueryService, TenantKeyGuard],
    };
  }
}
