import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessRegistry } from './readiness-registry';

const PROBE_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessRegistry,
  ) {}

  /** Liveness: the process answers HTTP. Dependencies are not checked, so an outage does not restart pods. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: every registered dependency answers. */
  @Get(['', 'ready'])
  @HealthCheck()
  ready() {
    return this.health.check(
      this.readiness.entries().map(([name, probe]) => async () => {
        const session = this.indicators.check(name);
        const result = await withTimeout(probe(), PROBE_TIMEOUT_MS).catch((error: unknown) => ({
          up: false,
          detail: { error: error instanceof Error ? error.message : String(error) },
        }));
        return result.up ? session.up(result.detail ?? {}) : session.down(result.detail ?? {});
      }),
    );
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`probe timed out after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
