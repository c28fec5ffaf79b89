import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SEVERITIES } from '@vahti/alerting';
import { TenantApi } from '@vahti/observability';
import { AcknowledgeAlertUseCase } from '../use-cases/acknowledge-alert/acknowledge-alert.use-case';
import { AlertQueries, STATE_FILTERS } from './alert-queries';
import { alertView } from './alert-views';
import { isUuid, rethrowAsHttp } from './http-errors';
import { ALERT_LIST_SCHEMA, ALERT_SCHEMA } from './openapi-schemas';
import { limitOf, oneOf } from './query-params';
import { AcknowledgeBodySchema, parseBody } from './request-bodies';

const MAX_LIMIT = 1000;

@ApiTags('alerts')
@TenantApi('The key belongs to another tenant, or the alert does not exist.')
@Controller('api/v1/tenants/:tenantId/alerts')
export class AlertsController {
  constructor(
    private readonly queries: AlertQueries,
    private readonly acknowledgeAlert: AcknowledgeAlertUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A tenant’s alerts, newest first (without candidates; get one alert for them).' })
  @ApiQuery({ name: 'state', enum: STATE_FILTERS, required: false, description: 'Default `open` (firing and acknowledged).' })
  @ApiQuery({ name: 'severity', enum: SEVERITIES, required: false })
  @ApiQuery({ name: 'kpi', required: false, example: 'service_level' })
  @ApiQuery({ name: 'queue', required: false })
  @ApiQuery({ name: 'limit', required: false, description: `Default 100, at most ${MAX_LIMIT}.` })
  @ApiOkResponse({ schema: ALERT_LIST_SCHEMA })
  async list(
    @Param('tenantId') tenantId: string,
    @Query('state') state?: string,
    @Query('severity') severity?: string,
    @Query('kpi') kpi?: string,
    @Query('queue') queue?: string,
    @Query('limit') limit?: string,
  ): Promise<unknown> {
    const alerts = await this.queries.list(tenantId, {
      state: oneOf('state', state, STATE_FILTERS, 'open'),
      ...(severity !== undefined && { severity: oneOf('severity', severity, SEVERITIES) }),
      ...(kpi !== undefined && { kpi }),
      ...(queue !== undefined && { queue }),
      limit: limitOf(limit, 100, MAX_LIMIT),
    });
    return { tenantId, alerts };
  }

  @Get(':alertId')
  @ApiOperation({ summary: 'One alert with its ranked root-cause candidates, its lifecycle events and the silences muting it.' })
  @ApiOkResponse({ schema: ALERT_SCHEMA })
  async get(@Param('tenantId') tenantId: string, @Param('alertId') alertId: string): Promise<unknown> {
    const alert = isUuid(alertId) ? await this.queries.get(tenantId, alertId) : null;
    if (alert === null) {
      throw new NotFoundException(`no alert ${alertId}`);
    }
    return alert;
  }

  @Post(':alertId/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an alert: repeats stop, the resolution is still notified. Acknowledging twice is a no-op.' })
  @ApiBody({ schema: AcknowledgeBodySchema as unknown as SchemaObject })
  @ApiOkResponse({ schema: ALERT_SCHEMA })
  @ApiConflictResponse({ description: 'The alert is resolved.' })
  async acknowledge(@Param('tenantId') tenantId: string, @Param('alertId') alertId: string, @Body() body: unknown): Promise<unknown> {
    const { by, comment } = parseBody(AcknowledgeBodySchema, body);
    if (!isUuid(alertId)) {
      throw new NotFoundException(`no alert ${alertId}`);
    }
    const instance = await this.acknowledgeAlert
      .execute({ tenantId, alertId, by, ...(comment !== undefined && { comment }) })
      .catch(rethrowAsHttp);
    if (instance === null) {
      throw new NotFoundException(`no alert ${alertId}`);
    }
    return alertView(instance);
  }
}
