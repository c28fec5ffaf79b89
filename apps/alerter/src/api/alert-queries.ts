// The read side of the API: tenant-scoped queries through the repository, shaped as views.
import { Inject, Injectable } from '@nestjs/common';
import { ALERT_STATES, type AlertState } from '@vahti/alerting';
import { AlerterStateRepository } from '@vahti/persistence';
import { ALERTER_CLOCK } from '../alerter-config';
import { alertSummaryView, alertView, silenceView } from './alert-views';

/** `open` = firing and acknowledged; `all` = every state. */
export const STATE_FILTERS = ['open', 'all', ...ALERT_STATES] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export interface AlertListQuery {
  readonly state: StateFilter;
  readonly severity?: string;
  readonly kpi?: string;
  readonly queue?: string;
  readonly limit: number;
}

@Injectable()
export class AlertQueries {
  constructor(
    private readonly repository: AlerterStateRepository,
    @Inject(ALERTER_CLOCK) private readonly clock: () => number,
  ) {}

  /** A tenant's alerts, newest first. */
  async list(tenantId: string, query: AlertListQuery): Promise<Record<string, unknown>[]> {
    const states: readonly AlertState[] =
      query.state === 'open' ? ['firing', 'acknowledged'] : query.state === 'all' ? ALERT_STATES : [query.state];
    const alerts = await this.repository.listInstances({ tenantId, ...query, states });
    return alerts.map(alertSummaryView);
  }

  /** One alert with candidates, events and muting silences; null when the tenant has no such alert. */
  async get(tenantId: string, alertId: string): Promise<Record<string, unknown> | null> {
    const instance = await this.repository.getInstance(tenantId, alertId);
    if (instance === undefined) {
      return null;
    }
    const now = this.clock();
    const [events, silences] = await Promise.all([
      this.repository.eventsOf(tenantId, alertId),
      this.repository.listSilences(tenantId, now, false, 1000),
    ]);
    return alertView(instance, { events, silences, now });
  }

  /** A tenant's silences (current ones, or all). */
  async silences(tenantId: string, includeExpired: boolean, limit: number): Promise<Record<string, unknown>[]> {
    const now = this.clock();
    return (await this.repository.listSilences(tenantId, now, includeExpired, limit)).map((s) => silenceView(s, now));
  }
}
