import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { TenantApi } from '@vahti/observability';
import { ALERTER_CLOCK } from '../alerter-config';
import { CreateSilenceUseCase } from '../use-cases/create-silence/create-silence.use-case';
import { ExpireSilenceUseCase } from '../use-cases/expire-silence/expire-silence.use-case';
import { AlertQueries } from './alert-queries';
import { silenceView } from './alert-views';
import { isUuid, rethrowAsHttp } from './http-errors';
import { SILENCE_LIST_SCHEMA, SILENCE_SCHEMA } from './openapi-schemas';
import { limitOf, oneOf } from './query-params';
import { epochOf, parseBody, SilenceBodySchema } from './request-bodies';

@ApiTags('silences')
@TenantApi('The key belongs to another tenant, or the silence does not exist.')
@Controller('api/v1/tenants/:tenantId/silences')
export class SilencesController {
  constructor(
    private readonly queries: AlertQueries,
    private readonly createSilence: CreateSilenceUseCase,
    private readonly expireSilence: ExpireSilenceUseCase,
    @Inject(ALERTER_CLOCK) private readonly clock: () => number,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A tenant’s silences, newest first.' })
  @ApiQuery({ name: 'status', enum: ['current', 'all'], required: false, description: 'Default `current` (active and pending).' })
  @ApiQuery({ name: 'limit', required: false, description: 'Default 100, at most 1000.' })
  @ApiOkResponse({ schema: SILENCE_LIST_SCHEMA })
  async list(@Param('tenantId') tenantId: string, @Query('status') status?: string, @Query('limit') limit?: string): Promise<unknown> {
    const which = oneOf('status', status, ['current', 'all'] as const, 'current');
    return { tenantId, silences: await this.queries.silences(tenantId, which === 'all', limitOf(limit, 100, 1000)) };
  }

  @Post()
  @ApiOperation({ summary: 'Mute the tenant’s alerts that match every matcher, from startsAt (default now) to endsAt.' })
  @ApiBody({ schema: SilenceBodySchema as unknown as SchemaObject })
  @ApiCreatedResponse({ schema: SILENCE_SCHEMA })
  @ApiBadRequestResponse({ description: 'Every problem of the silence (no matcher, all matchers match empty, end not after start, ...).' })
  async create(@Param('tenantId') tenantId: string, @Body() body: unknown): Promise<unknown> {
    const request = parseBody(SilenceBodySchema, body);
    const silence = await this.createSilence
      .execute({
        tenantId,
        matchers: request.matchers,
        ...(request.startsAt !== undefined && { startsAt: epochOf(request.startsAt) }),
        endsAt: epochOf(request.endsAt),
        createdBy: request.createdBy,
        comment: request.comment,
      })
      .catch(rethrowAsHttp);
    return silenceView(silence, this.clock());
  }

  @Post(':silenceId/expire')
  @HttpCode(200)
  @ApiOperation({ summary: 'End a silence now (a pending one ends before it began). Expiring twice is a no-op.' })
  @ApiOkResponse({ schema: SILENCE_SCHEMA })
  async expire(@Param('tenantId') tenantId: string, @Param('silenceId') silenceId: string): Promise<unknown> {
    const silence = isUuid(silenceId) ? await this.expireSilence.execute(tenantId, silenceId) : null;
    if (silence === null) {
      throw new NotFoundException(`no silence ${silenceId}`);
    }
    return silenceView(silence, this.clock());
  }
}
