import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { METRICS_REGISTRY, createMetricsRegistry } from './metrics-registry';
import { ReadinessRegistry } from './readiness-registry';

export interface ObservabilityOptions {
  service: string;
  logLevel: string;
  instance: string;
}

/** /health, /metrics and structured JSON logs for one app. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        TerminusModule.forRoot({ logger: false }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.logLevel,
            // Level names and ISO times read better in log stores than pino's numbers and epochs.
            formatters: { level: (label) => ({ level: label }) },
            timestamp: stdTimeFunctions.isoTime,
            base: { service: options.service, instance: options.instance },
            // Scrapes and probes every few seconds would drown the useful lines.
            autoLogging: { ignore: (req) => /^\/(metrics|health)/.test(req.url ?? '') },
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [{ provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options.service) }, ReadinessRegistry],
      exports: [METRICS_REGISTRY, ReadinessRegistry],
    };
  }
}
