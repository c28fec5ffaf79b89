import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CHANNELS } from '@vahti/contracts';
import { DAY_MS, INTERVAL_MS, kpiDefinition } from '@vahti/kpi';
import { TenantApi } from '@vahti/observability';
import { KpiQueryService, type ScopeFilter } from './kpi-query.service';
import { KPI_LIST_SCHEMA, SCORECARD_SCHEMA, SERIES_SCHEMA } from './openapi-schemas';
import { resolveWindow, WINDOWS, type WindowName } from './query-window';

/** At most this many points per series request. */
const MAX_POINTS = 3000;

@ApiTags('kpis')
@TenantApi('The key belongs to another tenant (or the KPI does not exist).')
@Controller('api/v1/tenants/:tenantId')
export class KpisController {
  constructor(private readonly query: KpiQueryService) {}

  @Get('kpis')
  @ApiOperation({ summary: 'Every KPI of a window, rated, with interval and sentence; optionally for one queue and/or channel.' })
  @ApiQuery({ name: 'window', enum: WINDOWS, required: false, description: 'Default `today` (UTC).' })
  @ApiQuery({ name: 'at', required: false, description: 'Anchor time of the window (RFC 3339); default now.' })
  @ApiQuery({ name: 'queue', required: false })
  @ApiQuery({ name: 'channel', enum: CHANNELS, required: false })
  @ApiOkResponse({ schema: KPI_LIST_SCHEMA })
  async kpis(
    @Param('tenantId') tenantId: string,
    @Query('window') window?: string,
    @Query('at') at?: string,
    @Query('queue') queue?: string,
    @Query('channel') channel?: string,
  ): Promise<unknown> {
    const resolved = resolveWindow(windowName(window), instant('at', at, Date.now()));
    const kpis = await this.query.kpis(tenantId, resolved, scope(queue, channel));
    return { tenantId, window: resolved.name, from: iso(resolved.from), to: iso(resolved.to), kpis };
  }

  @Get('kpis/:kpi/series')
  @ApiOperation({ summary: 'One KPI per 15-minute interval or UTC day.' })
  @ApiQuery({ name: 'granularity', enum: ['interval', 'day'], required: false })
  @ApiQuery({ name: 'from', required: true, description: 'RFC 3339, inclusive.' })
  @ApiQuery({ name: 'to', required: true, description: 'RFC 3339, exclusive.' })
  @ApiQuery({ name: 'queue', required: false })
  @ApiQuery({ name: 'channel', enum: CHANNELS, required: false })
  @ApiOkResponse({ schema: SERIES_SCHEMA })
  async series(
    @Param('tenantId') tenantId: string,
    @Param('kpi') kpi: string,
    @Query('granularity') granularity?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('queue') queue?: string,
    @Query('channel') channel?: string,
  ): Promise<unknown> {
    if (kpiDefinition(kpi) === undefined) {
      throw new NotFoundException(`unknown KPI "${kpi}"`);
    }
    if (granularity !== undefined && granularity !== 'interval' && granularity !== 'day') {
      throw new BadRequestException('granularity must be "interval" or "day"');
    }
    const g = granularity ?? 'interval';
    const step = g === 'interval' ? INTERVAL_MS : DAY_MS;
    const start = Math.floor(instant('from', from) / step) * step;
    const end = Math.ceil(instant('to', to) / step) * step;
    if (end <= start || (end - start) / step > MAX_POINTS) {
      throw new BadRequestException(`from must be before to, and the range at most ${MAX_POINTS} ${g}s`);
    }
    const points = await this.query.series(tenantId, kpi, g, start, end, scope(queue, channel));
    return { tenantId, kpi, granularity: g, points };
  }

  @Get('scorecard')
  @ApiOperation({ summary: 'The 8×4 scorecard: every area and process rated, with the KPIs behind each rating.' })
  @ApiQuery({ name: 'window', enum: WINDOWS, required: false, description: 'Default `30d`.' })
  @ApiQuery({ name: 'at', required: false, description: 'Anchor time (RFC 3339); default now.' })
  @ApiOkResponse({ schema: SCORECARD_SCHEMA })
  async scorecard(@Param('tenantId') tenantId: string, @Query('window') window?: string, @Query('at') at?: string): Promise<unknown> {
    const resolved = resolveWindow(windowName(window, '30d'), instant('at', at, Date.now()));
    const areas = await this.query.scorecard(tenantId, resolved);
    return { tenantId, window: resolved.name, from: iso(resolved.from), to: iso(resolved.to), areas };
  }
}

function windowName(value: string | undefined, fallback: WindowName = 'today'): WindowName {
  if (value === undefined) {
    return fallback;
  }
  if (!(WINDOWS as readonly string[]).includes(value)) {
    throw new BadRequestException(`window must be one of ${WINDOWS.join(', ')}`);
  }
  return value as WindowName;
}

function instant(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) {
      throw new BadRequestException(`${name} is required (RFC 3339 time)`);
    }
    return fallback;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new BadRequestException(`${name} is not an RFC 3339 time: ${value}`);
  }
  return ms;
}

function scope(queue: string | undefined, channel: string | undefined): ScopeFilter {
  if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) {
    throw new BadRequestException(`channel must be one of ${CHANNELS.join(', ')}`);
  }
  return { ...(queue !== undefined && { queueId: queue }), ...(channel !== undefined && { channel }) };
}

const iso = (ms: number): string => new Date(ms).toISOString();
