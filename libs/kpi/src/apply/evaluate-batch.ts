// The incremental core: a batch of (de-duplicated) events in, the changes to aggregates and facts
// out. Pure: the caller loads the facts named by factKeysOf() beforehand, stores what comes back,
// and drops it all if its transaction fails. Each event costs O(1) amortised work plus, for facts
// with history, a binary search in one customer's or agent's recent timeline.
import type { EventOf, VahtiEvent } from '@vahti/contracts';
import { type AggregateDeltas, addContribution, rollUpDays } from './aggregate-deltas';
import { type AgentRoster, noteActivity, type TenantActivity } from './agent-coverage';
import { applyAgentState, coverLatestStates, workforceIo } from './agent-state-events';
import type { AgentTimeline } from './agent-timeline';
import { type CustomerTimeline, insertCustomerContact } from './customer-timeline';
import { eventContribution } from './event-contributions';
import type { EvaluationSettings } from './evaluation-settings';
import { customerKey, evaluationKey, forecastKey } from './fact-keys';
import { addBlockActuals } from './forecast-blocks';
import { forecastSlots, type ForecastSlot, supersedesForecast } from './forecast-intervals';
import { qaRecord, type QaRecord, replaceEvaluation } from './qa-evaluations';
import { scopeOf, type Scope } from './scope';
import { type PendingSettlements, settlePending } from './pending-settlements';
import { applyEmployeeChange, applySchedule } from './workforce-events';
import type { WorkforceFact } from './workforce-fact';

const HOUR_MS = 3_600_000;

/** Read access to the facts as they were before the batch (keys from fact-keys.ts). */
export interface FactsView {
  customer(key: string): CustomerTimeline | undefined;
  agent(key: string): AgentTimeline | undefined;
  evaluation(key: string): QaRecord | undefined;
  forecast(key: string): ForecastSlot | undefined;
  workforce(key: string): WorkforceFact | undefined;
  /** By tenant id (agent-coverage.ts). */
  roster(tenantId: string): AgentRoster | undefined;
}

/** Every kind of fact by key (rosters by tenant id): what a batch writes, and what a state in memory holds. */
export interface FactMaps {
  readonly customers: Map<string, CustomerTimeline>;
  readonly agents: Map<string, AgentTimeline>;
  readonly evaluations: Map<string, QaRecord>;
  readonly forecasts: Map<string, ForecastSlot>;
  readonly workforce: Map<string, WorkforceFact>;
  readonly rosters: Map<string, AgentRoster>;
}

/** Empty maps of every fact kind. */
export function emptyFactMaps(): FactMaps {
  return {
    customers: new Map(),
    agents: new Map(),
    evaluations: new Map(),
    forecasts: new Map(),
    workforce: new Map(),
    rosters: new Map(),
  };
}

export interface BatchOutcome extends FactMaps {
  readonly deltas: AggregateDeltas;
  /** Events whose history had already been pruned: counted, but their link to history is lost. */
  tooLate: number;
}

/** Applies `events` (already de-duplicated by event id) on top of `facts`. */
export function evaluateBatch(events: readonly VahtiEvent[], facts: FactsView, settings: EvaluationSettings): BatchOutcome {
  const out: BatchOutcome = { deltas: new Map(), ...emptyFactMaps(), tooLate: 0 };
  const pending: PendingSettlements = new Map();
  const activity = new Map<string, TenantActivity>();
  for (const event of events) {
    noteActivity(activity, event, Date.parse(event.time));
    applyEvent(event, facts, settings, out, pending);
  }
  for (const [tenantId, tenant] of activity) {
    coverLatestStates(tenantId, tenant, facts, out, pending);
  }
  settlePending(pending, workforceIo(facts, out));
  rollUpDays(out.deltas);
  return out;
}

function applyEvent(
  event: VahtiEvent,
  facts: FactsView,
  settings: EvaluationSettings,
  out: BatchOutcome,
  pending: PendingSettlements,
): void {
  const own = eventContribution(event, settings);
  if (own !== null) {
    addContribution(out.deltas, own.at, own.scope, own.delta, 1, own.waitSeconds);
  }
  switch (event.type) {
    case 'io.vahti.contact.offered.v1':
      if (event.data.viaTransfer !== true) {
        addBlockActuals(out.deltas, Date.parse(event.time), scopeOf(event.tenantid, event.data), { firstOffers: 1 });
        applyCustomerContact(event, facts, settings, out);
      }
      return;
    case 'io.vahti.contact.ended.v1': {
      const d = event.data;
      const handle = d.talkSeconds + d.holdSeconds + d.wrapUpSeconds;
      addBlockActuals(out.deltas, Date.parse(event.time), scopeOf(event.tenantid, d), { handled: 1, handleSeconds: handle });
      return;
    }
    case 'io.vahti.agent.state_changed.v1':
      applyAgentState(event, facts, out, pending);
      return;
    case 'io.vahti.qa.evaluated.v1':
      applyEvaluation(event, facts, out);
      return;
    case 'io.vahti.forecast.published.v1':
      applyForecast(event, facts, out);
      return;
    case 'io.vahti.schedule.published.v1':
      settlePending(pending, workforceIo(facts, out));
      applySchedule(event, workforceIo(facts, out));
      return;
    case 'io.vahti.employee.changed.v1':
      settlePending(pending, workforceIo(facts, out));
      applyEmployeeChange(event, workforceIo(facts, out));
      return;
    // Self-contained (counted above).
    case 'io.vahti.contact.answered.v1':
    case 'io.vahti.contact.abandoned.v1':
    case 'io.vahti.contact.transferred.v1':
    case 'io.vahti.survey.responded.v1':
    case 'io.vahti.selfservice.completed.v1':
      return;
  }
}

function applyCustomerContact(
  event: EventOf<'io.vahti.contact.offered.v1'>,
  facts: FactsView,
  settings: EvaluationSettings,
  out: BatchOutcome,
): void {
  const key = customerKey(event.tenantid, event.data.customerId);
  const current = out.customers.get(key) ?? facts.customer(key);
  const contact = { at: Date.parse(event.time), contactId: event.data.contactId, scope: scopeOf(event.tenantid, event.data) };
  const tenant = event.tenantid;
  const result = insertCustomerContact(current, contact, {
    of: (scope) => settings.queue(tenant, scope.queueId, scope.channel).repeatWindowHours * HOUR_MS,
    maxMs: settings.maxRepeatWindowHours(tenant) * HOUR_MS,
  });
  if (result.kind === 'too_late') {
    out.tooLate += 1;
    return;
  }
  if (result.kind === 'inserted') {
    out.customers.set(key, result.timeline);
    for (const mark of result.repeats) {
      addContribution(out.deltas, mark.at, mark.scope, { repeatContacts: 1 });
    }
  }
}

function applyEvaluation(event: EventOf<'io.vahti.qa.evaluated.v1'>, facts: FactsView, out: BatchOutcome): void {
  const key = evaluationKey(event.tenantid, event.data.evaluationId);
  const change = replaceEvaluation(out.evaluations.get(key) ?? facts.evaluation(key), qaRecord(event));
  if (change === null) {
    return;
  }
  out.evaluations.set(key, change.record);
  if (change.retract !== null) {
    addContribution(out.deltas, change.retract.at, change.retract.scope, change.retract.delta, -1);
  }
  addContribution(out.deltas, change.record.at, change.record.scope, change.record.delta, 1);
}

function applyForecast(event: EventOf<'io.vahti.forecast.published.v1'>, facts: FactsView, out: BatchOutcome): void {
  for (const slot of forecastSlots(event)) {
    const key = forecastKey(event.tenantid, slot.queueId, slot.channel, slot.intervalStart);
    const current = out.forecasts.get(key) ?? facts.forecast(key);
    if (!supersedesForecast(current, slot)) {
      continue;
    }
    out.forecasts.set(key, slot);
    const scope: Scope = { tenantId: event.tenantid, queueId: slot.queueId, channel: slot.channel };
    if (current !== undefined) {
      addContribution(
        out.deltas,
        current.intervalStart,
        scope,
        {
          forecastContacts: current.contacts,
          forecastWorkloadSeconds: current.workloadSeconds,
          forecastedIntervals: 1,
          forecastedMinutes: current.minutes ?? 15,
        },
        -1,
      );
    }
    addContribution(out.deltas, slot.intervalStart, scope, {
      forecastContacts: slot.contacts,
      forecastWorkloadSeconds: slot.workloadSeconds,
      forecastedIntervals: 1,
      forecastedMinutes: slot.minutes ?? 15,
    });
  }
}
