import { BadRequestException, Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { AlertSignal } from '@vahti/alerting';
import { TenantApi } from '@vahti/observability';
import { ALERTER_CLOCK } from '../alerter-config';
import { RecordAlertSignalUseCase } from '../use-cases/record-alert-signal/record-alert-signal.use-case';
import { alertView } from './alert-views';
import { rethrowAsHttp } from './http-errors';
import { SIGNAL_RESULT_SCHEMA } from './openapi-schemas';
import { epochOf, parseBody, SignalBodySchema } from './request-bodies';

/**
 * Signal ingestion for detectors that run outside the alerter, registered only with
 * ALERTER_SIGNALS_API=true. The tenant comes from the path and the key (a key records signals for
 * its own tenant only); the signal goes through the same use case as the alerter's own detectors.
 */
@ApiTags('internal')
@TenantApi('The key belongs to another tenant.')
@Controller('internal/v1/tenants/:tenantId/signals')
export class SignalsController {
  constructor(
    private readonly record: RecordAlertSignalUseCase,
    @Inject(ALERTER_CLOCK) private readonly clock: () => number,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Record one detector signal (firing or resolved); a redelivered or stale signal changes nothing.' })
  @ApiBody({ schema: SignalBodySchema as unknown as SchemaObject })
  @ApiCreatedResponse({ schema: SIGNAL_RESULT_SCHEMA })
  @ApiBadRequestResponse({ description: 'Every problem of the signal (missing labels, unknown severity, ...).' })
  async post(@Param('tenantId') tenantId: string, @Body() body: unknown): Promise<unknown> {
    const input = parseBody(SignalBodySchema, body);
    const signal: AlertSignal = {
      tenantId,
      labels: input.labels,
      status: input.status,
      at: input.at === undefined ? this.clock() : epochOf(input.at),
      summary: input.summary,
      description: input.description,
      ...(input.value !== undefined && { value: input.value }),
      candidates: input.candidates,
    };
    const outcome = await this.record.execute([signal]).catch(rethrowAsHttp);
    const rejected = outcome.rejected[0];
    if (rejected !== undefined) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid alert signal',
        problems: rejected.problems,
      });
    }
    const recorded = outcome.recorded[0];
    return {
      fingerprint: recorded?.fingerprint ?? null,
      changed: recorded?.changed ?? false,
      alert: recorded?.instance === null || recorded === undefined ? null : alertView(recorded.instance),
      events: (recorded?.events ?? []).map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      notificationsEnqueued: outcome.plans.reduce((n, p) => n + p.enqueued.length, 0),
    };
  }
}
