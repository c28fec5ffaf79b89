// The workforce side of evaluate-batch: schedules, HR changes and agent states each update the
// agent's workforce fact (workforce-fact.ts) and settle what the change touches.
import type { EventOf } from '@vahti/contracts';
import type { AggregateDeltas } from './aggregate-deltas';
import type { AgentTimeline } from './agent-timeline';
import { applyPublication } from './agent-plan';
import { insertHrEntry } from './employee-history';
import { agentKey, workforceKey } from './fact-keys';
import { tieKey } from './tie-key';
import { EMPTY_WORKFORCE, type HrEntry, type WorkforceFact } from './workforce-fact';
import { settleEmployment, settleSlots } from './workforce-settle';

/** The facts a workforce change reads and writes (a subset of evaluate-batch's). */
export interface WorkforceIo {
  readonly deltas: AggregateDeltas;
  readonly workforce: Map<string, WorkforceFact>;
  workforceOf(key: string): WorkforceFact | undefined;
  agentOf(key: string): AgentTimeline | undefined;
}

/** A schedule publication: each listed agent's plan, then the slots it changed and their neighbours. */
export function applySchedule(event: EventOf<'io.vahti.schedule.published.v1'>, io: WorkforceIo): void {
  const d = event.data;
  const byAgent = new Map<string, Array<{ start: number; activity: (typeof d.entries)[number]['activity'] }>>();
  for (const entry of d.entries) {
    const list = byAgent.get(entry.agentId) ?? [];
    list.push({ start: Date.parse(entry.intervalStart), activity: entry.activity });
    byAgent.set(entry.agentId, list);
  }
  for (const [agentId, entries] of byAgent) {
    const key = workforceKey(event.tenantid, agentId);
    const fact = io.workforceOf(key) ?? EMPTY_WORKFORCE;
    const { slots, changed } = applyPublication(fact.slots, {
      team: d.teamId,
      publishedAt: Date.parse(event.time),
      eventId: event.id,
      periodStart: Date.parse(d.periodStart),
      periodEnd: Date.parse(d.periodEnd),
      intervalMs: d.intervalMinutes * 60_000,
      entries,
    });
    if (changed.length === 0) {
      continue;
    }
    // Schedules arrive on the team's partition: the agent timeline is read here, never written.
    const timeline = io.agentOf(agentKey(event.tenantid, agentId));
    const ref = { tenantId: event.tenantid, agentId };
    // One pass over the changed stretch: unchanged slots in it compare equal and add nothing.
    const next = settleSlots(ref, { ...fact, slots }, timeline, Math.min(...changed), Math.max(...changed) + 1, true, io.deltas);
    io.workforce.set(key, next);
  }
}

/** An HR change: seen time, employment spells and, for absences, the slots from it to the next change. */
export function applyEmployeeChange(event: EventOf<'io.vahti.employee.changed.v1'>, io: WorkforceIo): void {
  const d = event.data;
  const at = Date.parse(d.effectiveAt ?? event.time);
  const key = workforceKey(event.tenantid, d.agentId);
  const previous = io.workforceOf(key) ?? EMPTY_WORKFORCE;
  const timeline = io.agentOf(agentKey(event.tenantid, d.agentId));
  let next: WorkforceFact = {
    ...previous,
    firstSeen: Math.min(previous.firstSeen ?? at, at),
    lastHrAt: Math.max(previous.lastHrAt ?? at, at),
  };
  const change = d.change;
  let changedFrom: number | null = null;
  let changedTo = Number.POSITIVE_INFINITY;
  if (change === 'hired' || change === 'left' || change === 'absent' || change === 'returned') {
    const entry: HrEntry = {
      at,
      tie: tieKey(event.source, event.id),
      change,
      ...(d.absence !== undefined && { absence: d.absence }),
      ...(d.separation !== undefined && { voluntary: d.separation === 'voluntary' }),
    };
    const inserted = insertHrEntry(previous.hr, entry);
    if (inserted !== null) {
      next = { ...next, hr: inserted.hr };
      // Absence in force changes from this entry to the next one.
      changedFrom = at;
      changedTo = inserted.hr[inserted.index + 1]?.at ?? Number.POSITIVE_INFINITY;
    }
  }
  settleEmployment(event.tenantid, { fact: previous, timeline }, { fact: next, timeline }, io.deltas);
  if (changedFrom !== null) {
    next = settleSlots({ tenantId: event.tenantid, agentId: d.agentId }, next, timeline, changedFrom, changedTo, false, io.deltas);
  }
  io.workforce.set(key, next);
}
