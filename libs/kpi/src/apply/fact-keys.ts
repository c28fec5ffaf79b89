// Keys of the facts a batch reads and writes, so the caller can load exactly those beforehand.
import type { VahtiEvent } from '@vahti/contracts';
import { forecastSlots } from './forecast-intervals';

const SEPARATOR = '\u001f';

/** Key of one customer's contact timeline. */
export const customerKey = (tenantId: string, customerRef: string): string => `${tenantId}${SEPARATOR}${customerRef}`;
/** Key of one agent's state timeline. */
export const agentKey = (tenantId: string, agentId: string): string => `${tenantId}${SEPARATOR}${agentId}`;
/** Key of one QA evaluation. */
export const evaluationKey = (tenantId: string, evaluationId: string): string => `${tenantId}${SEPARATOR}${evaluationId}`;
/** Key of one forecast slot. */
export const forecastKey = (tenantId: string, queueId: string, channel: string, intervalStart: number): string =>
  [tenantId, queueId, channel, intervalStart].join(SEPARATOR);
/** Key of one agent's workforce fact (plan, HR history); distinct from the agent key, which is a lock id too. */
export const workforceKey = (tenantId: string, agentId: string): string => [tenantId, 'workforce', agentId].join(SEPARATOR);

export interface FactKeys {
  readonly customers: Set<string>;
  readonly agents: Set<string>;
  readonly evaluations: Set<string>;
  readonly forecasts: Set<string>;
  /** Written from two partitions (team-keyed schedules, agent-keyed states): read under a lock, never cached. */
  readonly workforce: Set<string>;
}

/** The facts that evaluating `events` will read. */
export function factKeysOf(events: readonly VahtiEvent[]): FactKeys {
  const keys: FactKeys = { customers: new Set(), agents: new Set(), evaluations: new Set(), forecasts: new Set(), workforce: new Set() };
  for (const event of events) {
    switch (event.type) {
      case 'io.vahti.contact.offered.v1':
        if (event.data.viaTransfer !== true) {
          keys.customers.add(customerKey(event.tenantid, event.data.customerId));
        }
        break;
      case 'io.vahti.agent.state_changed.v1':
      case 'io.vahti.employee.changed.v1':
        keys.agents.add(agentKey(event.tenantid, event.data.agentId));
        keys.workforce.add(workforceKey(event.tenantid, event.data.agentId));
        break;
      case 'io.vahti.schedule.published.v1':
        for (const entry of event.data.entries) {
          keys.agents.add(agentKey(event.tenantid, entry.agentId));
          keys.workforce.add(workforceKey(event.tenantid, entry.agentId));
        }
        break;
      case 'io.vahti.qa.evaluated.v1':
        keys.evaluations.add(evaluationKey(event.tenantid, event.data.evaluationId));
        break;
      case 'io.vahti.forecast.published.v1':
        for (const slot of forecastSlots(event)) {
          keys.forecasts.add(forecastKey(event.tenantid, slot.queueId, slot.channel, slot.intervalStart));
        }
        break;
      case 'io.vahti.contact.answered.v1':
      case 'io.vahti.contact.abandoned.v1':
      case 'io.vahti.contact.transferred.v1':
      case 'io.vahti.contact.ended.v1':
      case 'io.vahti.survey.responded.v1':
      case 'io.vahti.selfservice.completed.v1':
        break;
    }
  }
  return keys;
}
