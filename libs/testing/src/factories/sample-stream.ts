// The demo event stream (test/fixtures/events/sample.ndjson): one simulated hour, 08:00–09:00 UTC
// on 2025-03-03, of two tenants' contact centres, plus a sprinkling of invalid records and exact
// duplicates. Built as data here (pure and deterministic) so a spec can check the committed file
// is what this code produces; libs/testing/scripts/write-sample.ts writes it.
import type { Channel, EventType, VahtiEvent } from '@vahti/contracts';
import {
  createEventFactory,
  type EventFactory,
  type EventOverrides,
  type InvalidEventKind,
  type InvalidEventVariant,
} from './event.factory';
import { seededRandom, type SeededRandom } from './seeded-random';

export interface SampleLine {
  readonly text: string;
  /** `valid`, `duplicate` (an exact copy of an earlier line), or the reason it must be rejected. */
  readonly kind: 'valid' | 'duplicate' | InvalidEventKind;
}

interface QueueSpec {
  id: string;
  channel: Channel;
  team: string;
  reasons: readonly string[];
  contacts: number;
}

interface TenantSpec {
  id: string;
  acd: string;
  ivr: string;
  contactPrefix: string;
  phonePrefix: string;
  teams: Readonly<Record<string, readonly string[]>>;
  queues: readonly QueueSpec[];
}

const TENANTS: readonly TenantSpec[] = [
  {
    id: 'acme',
    acd: '/acd/genesys/eu-1',
    ivr: '/ivr/genesys/eu-1',
    contactPrefix: 'c',
    phonePrefix: '+35840',
    teams: { 'team-north': ['a-101', 'a-102', 'a-103', 'a-104'], 'team-south': ['a-201', 'a-202', 'a-203'] },
    queues: [
      {
        id: 'billing-fi',
        channel: 'voice',
        team: 'team-north',
        reasons: ['billing.invoice', 'billing.payment_plan', 'complaint.billing'],
        contacts: 8,
      },
      { id: 'moving-fi', channel: 'voice', team: 'team-south', reasons: ['moving.new_address', 'moving.contract_end'], contacts: 3 },
      { id: 'chat-fi', channel: 'chat', team: 'team-north', reasons: ['billing.invoice', 'account.login'], contacts: 3 },
      { id: 'email-fi', channel: 'email', team: 'team-south', reasons: ['account.update', 'moving.new_address'], contacts: 2 },
    ],
  },
  {
    id: 'globex',
    acd: '/acd/puzzel/se-1',
    ivr: '/ivr/puzzel/se-1',
    contactPrefix: 'gx',
    phonePrefix: '+4670',
    teams: { 'team-blue': ['g-11', 'g-12', 'g-13', 'g-14'] },
    queues: [
      { id: 'support-sv', channel: 'messaging', team: 'team-blue', reasons: ['support.no_signal', 'support.roaming'], contacts: 4 },
      { id: 'sales-en', channel: 'voice', team: 'team-blue', reasons: ['sales.new_subscription', 'sales.upgrade'], contacts: 5 },
      { id: 'callbacks', channel: 'callback', team: 'team-blue', reasons: ['sales.new_subscription'], contacts: 0 },
    ],
  },
];

const DAY = '2025-03-03';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const ABSENT_AGENT = 'a-104';
const BREAK = { agent: 'a-103', start: Date.parse(`${DAY}T08:30:00Z`), end: Date.parse(`${DAY}T08:40:00Z`) };
const SHIFT_START = Date.parse(`${DAY}T08:00:00Z`);
const SHIFT_END = Date.parse(`${DAY}T09:00:00Z`);
// Longest handling (talk + hold + wrap-up) we simulate; a contact never starts closer than this to a break.
const MAX_HANDLE = 12 * MINUTE;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

interface Agent {
  id: string;
  team: string;
  freeAt: number;
}

interface Arrival {
  at: number;
  tenant: TenantSpec;
  queue: QueueSpec;
  contactId: string;
  customerId: string;
  reason: string;
  viaTransfer?: boolean;
  transferTo?: string;
  callback?: { due: number; original: string };
}

interface Timed {
  at: number;
  seq: number;
  event: VahtiEvent;
}

/** Simulates the hour and returns its valid events in time order. */
class Simulation {
  private readonly out: Timed[] = [];
  private readonly agents = new Map<string, Agent>();
  private readonly pending: Arrival[] = [];
  private readonly handled: { tenant: TenantSpec; agent: Agent; arrival: Arrival; end: number }[] = [];
  private customerSeq = 0;
  // The story beats, each played once: one transfer (acme) and one callback request (globex).
  private transferDone = false;
  private callbackDone = false;

  constructor(
    private readonly make: EventFactory['makeEvent'],
    private readonly random: SeededRandom,
  ) {}

  run(): VahtiEvent[] {
    for (const tenant of TENANTS) {
      this.openDay(tenant);
      this.arrivals(tenant);
    }
    this.pending.sort((a, b) => a.at - b.at);
    for (let next = this.pending.shift(); next !== undefined; next = this.pending.shift()) {
      this.handle(next);
    }
    this.qualityEvaluations();
    this.closeDay();
    return this.out.sort((a, b) => a.at - b.at || a.seq - b.seq).map((t) => t.event);
  }

  private emit<T extends EventType>(at: number, tenant: TenantSpec, type: T, source: string, data: EventOverrides<T>['data']): void {
    this.out.push({ at, seq: this.out.length, event: this.make(type, { tenantid: tenant.id, time: iso(at), source, data }) });
  }

  private agentState(
    at: number,
    tenant: TenantSpec,
    agent: Agent,
    state: 'available' | 'busy' | 'wrap_up' | 'aux' | 'offline',
    extra = {},
  ): void {
    this.emit(at, tenant, 'io.vahti.agent.state_changed.v1', tenant.acd, {
      agentId: agent.id,
      teamId: agent.team,
      state,
      auxReason: undefined,
      contactId: undefined,
      ...extra,
    });
  }

  private openDay(tenant: TenantSpec): void {
    const published = Date.parse(`${DAY}T06:00:00Z`);
    const intervals = [0, 15, 30, 45].map((m) => SHIFT_START + m * MINUTE);
    for (const [team, members] of Object.entries(tenant.teams)) {
      const entries = members.flatMap((agentId) =>
        intervals.map((start) => ({
          agentId,
          intervalStart: iso(start),
          activity: agentId === BREAK.agent && start === BREAK.start ? ('break' as const) : ('available' as const),
        })),
      );
      this.emit(published, tenant, 'io.vahti.schedule.published.v1', '/wfm/nice-iex', {
        scheduleId: `sched-${DAY}-${team}`,
        teamId: team,
        periodStart: iso(SHIFT_START),
        periodEnd: iso(SHIFT_END),
        intervalMinutes: 15,
        entries,
      });
      for (const id of members) {
        this.agents.set(`${tenant.id}/${id}`, { id, team, freeAt: SHIFT_START });
      }
    }
    for (const queue of tenant.queues.filter((q) => q.contacts > 0)) {
      this.emit(published + MINUTE, tenant, 'io.vahti.forecast.published.v1', '/wfm/nice-iex', {
        forecastId: `fc-${DAY}-${queue.id}`,
        queueId: queue.id,
        channel: queue.channel,
        kind: 'schedule',
        intervalMinutes: 15,
        intervals: intervals.map((start) => ({
          intervalStart: iso(start),
          contacts: Math.round((queue.contacts / 4) * (0.8 + this.random.next() * 0.4) * 10) / 10,
          ahtSeconds: this.random.int(300, 520),
          requiredAgents: this.random.int(10, 30) / 10,
        })),
      });
    }
    for (const agent of this.teamAgents(tenant)) {
      if (agent.id === ABSENT_AGENT) {
        this.emit(SHIFT_START - 15 * MINUTE, tenant, 'io.vahti.employee.changed.v1', '/hr/sap-successfactors', {
          agentId: agent.id,
          teamId: agent.team,
          change: 'absent',
          absence: 'unplanned',
        });
        continue;
      }
      this.agentState(SHIFT_START - this.random.int(0, 90) * SECOND, tenant, agent, 'available');
    }
  }

  private teamAgents(tenant: TenantSpec, team?: string): Agent[] {
    return [...this.agents.entries()]
      .filter(([key, agent]) => key.startsWith(`${tenant.id}/`) && (team === undefined || agent.team === team))
      .map(([, agent]) => agent);
  }

  private customer(tenant: TenantSpec, channel: Channel): string {
    this.customerSeq += 1;
    return channel === 'email' || channel === 'chat'
      ? `customer${this.customerSeq}@example.com`
      : `${tenant.phonePrefix}${this.random.int(1000000, 9999999)}`;
  }

  private arrivals(tenant: TenantSpec): void {
    let seq = 0;
    for (const queue of tenant.queues) {
      for (let i = 0; i < queue.contacts; i += 1) {
        seq += 1;
        const previous = this.pending.find((a) => a.queue === queue);
        this.pending.push({
          at: SHIFT_START + this.random.int(2 * 60, 55 * 60) * SECOND,
          tenant,
          queue,
          contactId: `${tenant.contactPrefix}-${DAY.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`,
          // The fifth billing contact is the first caller again: a repeat contact.
          customerId:
            queue.id === 'billing-fi' && i === 4 && previous !== undefined ? previous.customerId : this.customer(tenant, queue.channel),
          reason: this.random.pick(queue.reasons),
        });
      }
    }
    // One burst per tenant so queues build up, waits grow and some customers give up.
    for (const [index, arrival] of this.pending.filter((a) => a.tenant === tenant).entries()) {
      if (index % (tenant.id === 'acme' ? 3 : 2) === 0) {
        arrival.at = Date.parse(`${DAY}T08:${tenant.id === 'acme' ? '20' : '33'}:00Z`) + index * 5 * SECOND;
      }
    }
  }

  private startFor(tenant: TenantSpec, agent: Agent, at: number): number {
    let start = Math.max(at, agent.freeAt);
    if (tenant.id === 'acme' && agent.id === BREAK.agent && start < BREAK.end && start + MAX_HANDLE > BREAK.start) {
      start = Math.max(start, BREAK.end);
    }
    return start;
  }

  private handle(a: Arrival): void {
    const { tenant, queue } = a;
    const contact = { contactId: a.contactId, queueId: queue.id, channel: queue.channel, customerId: a.customerId };
    if (queue.channel === 'voice' && !a.viaTransfer && this.random.chance(0.5)) {
      const duration = this.random.int(25, 90);
      this.emit(a.at - SECOND, tenant, 'io.vahti.selfservice.completed.v1', tenant.ivr, {
        sessionId: `ivr-${a.contactId}`,
        channel: 'voice',
        customerId: a.customerId,
        flowId: `main-menu-${tenant.id}`,
        contained: false,
        queueId: queue.id,
        contactReason: a.reason,
        contextPassed: this.random.chance(0.8),
        durationSeconds: duration,
      });
    }
    this.emit(a.at, tenant, 'io.vahti.contact.offered.v1', tenant.acd, {
      ...contact,
      contactReason: a.reason,
      viaTransfer: a.viaTransfer,
      callbackDueAt: a.callback === undefined ? undefined : iso(a.callback.due),
      originalContactId: a.callback?.original,
    });

    const candidates = this.teamAgents(tenant, queue.team).filter((agent) => agent.id !== ABSENT_AGENT);
    const agent = candidates.reduce((best, c) => (this.startFor(tenant, c, a.at) < this.startFor(tenant, best, a.at) ? c : best));
    const ring = { voice: [4, 9], callback: [4, 9], chat: [8, 40], messaging: [20, 90], email: [600, 1500] }[queue.channel];
    const answerAt = this.startFor(tenant, agent, a.at) + this.random.int(ring[0] ?? 0, ring[1] ?? 0) * SECOND;
    const wait = (answerAt - a.at) / SECOND;
    const patience = {
      voice: this.random.int(45, 150),
      chat: this.random.int(90, 240),
      messaging: 900,
      email: Infinity,
      callback: Infinity,
    }[queue.channel];

    if (!this.callbackDone && queue.id === 'sales-en' && wait > 20) {
      this.callbackDone = true;
      this.emit(a.at + 20 * SECOND, tenant, 'io.vahti.contact.abandoned.v1', tenant.acd, {
        ...contact,
        waitSeconds: 20,
        callbackRequested: true,
      });
      const callbacks = tenant.queues.find((q) => q.channel === 'callback');
      if (callbacks !== undefined) {
        this.insert({
          ...a,
          at: a.at + 5 * MINUTE,
          queue: callbacks,
          contactId: `${a.contactId}-cb`,
          callback: { due: a.at + 35 * MINUTE, original: a.contactId },
        });
      }
      return;
    }
    if (wait > patience) {
      this.emit(a.at + patience * SECOND, tenant, 'io.vahti.contact.abandoned.v1', tenant.acd, { ...contact, waitSeconds: patience });
      return;
    }
    if (!this.transferDone && queue.id === 'billing-fi') {
      this.transferDone = true;
      a.transferTo = 'moving-fi';
    }
    this.answer(a, agent, answerAt, wait);
  }

  private answer(a: Arrival, agent: Agent, answerAt: number, wait: number): void {
    const { tenant, queue } = a;
    const contact = { contactId: a.contactId, queueId: queue.id, channel: queue.channel, customerId: a.customerId };
    this.emit(answerAt, tenant, 'io.vahti.contact.answered.v1', tenant.acd, {
      ...contact,
      agentId: agent.id,
      teamId: agent.team,
      waitSeconds: wait,
    });
    this.agentState(answerAt, tenant, agent, 'busy', { contactId: a.contactId });

    const transfer = a.transferTo !== undefined;
    const talk = transfer
      ? 95
      : { voice: [150, 420], callback: [120, 300], chat: [240, 540], messaging: [180, 420], email: [180, 480] }[queue.channel];
    const talkSeconds = typeof talk === 'number' ? talk : this.random.int(talk[0] ?? 0, talk[1] ?? 0);
    const holdSeconds = !transfer && queue.channel === 'voice' && this.random.chance(0.3) ? this.random.int(15, 90) : 0;
    const wrapUpSeconds = transfer ? 15 : this.random.int(20, queue.channel === 'email' ? 150 : 80);
    const talkEnd = answerAt + (talkSeconds + holdSeconds) * SECOND;
    const end = talkEnd + wrapUpSeconds * SECOND;

    if (a.transferTo !== undefined) {
      this.emit(talkEnd, tenant, 'io.vahti.contact.transferred.v1', tenant.acd, {
        ...contact,
        agentId: agent.id,
        teamId: agent.team,
        toQueueId: a.transferTo,
        transferKind: 'warm',
        escalation: false,
      });
      const target = tenant.queues.find((q) => q.id === a.transferTo);
      if (target !== undefined) {
        this.insert({ ...a, at: talkEnd, queue: target, viaTransfer: true, transferTo: undefined });
      }
    }
    this.agentState(talkEnd, tenant, agent, 'wrap_up', { contactId: a.contactId });
    this.agentState(end, tenant, agent, 'available');
    const resolved = !transfer && this.random.chance(0.75);
    this.emit(end, tenant, 'io.vahti.contact.ended.v1', tenant.acd, {
      ...contact,
      agentId: agent.id,
      teamId: agent.team,
      talkSeconds,
      holdSeconds,
      wrapUpSeconds,
      holdCount: holdSeconds > 0 ? 1 : 0,
      contactReason: a.reason,
      disposition: transfer ? 'transferred' : resolved ? 'resolved' : 'follow_up',
      resolved,
    });
    agent.freeAt = end;
    this.handled.push({ tenant, agent, arrival: a, end });
    if (!transfer && this.random.chance(0.4)) {
      this.emit(end + this.random.int(120, 900) * SECOND, tenant, 'io.vahti.survey.responded.v1', '/survey/questback', {
        ...contact,
        agentId: agent.id,
        teamId: agent.team,
        csat: resolved ? this.random.int(4, 5) : this.random.int(1, 3),
        ces: this.random.chance(0.5) ? this.random.int(resolved ? 5 : 2, 7) : undefined,
        nps: resolved ? this.random.int(7, 10) : this.random.int(0, 6),
        firstContactResolved: resolved,
      });
    }
  }

  private insert(arrival: Arrival): void {
    const index = this.pending.findIndex((p) => p.at > arrival.at);
    this.pending.splice(index < 0 ? this.pending.length : index, 0, arrival);
  }

  private qualityEvaluations(): void {
    const evaluated = this.handled.filter((h) => h.tenant.id === 'acme').slice(0, 2);
    for (const [index, h] of evaluated.entries()) {
      this.emit(SHIFT_END - (2 - index) * MINUTE, h.tenant, 'io.vahti.qa.evaluated.v1', '/qa/calabrio', {
        evaluationId: `qa-${h.arrival.contactId}`,
        agentId: h.agent.id,
        teamId: h.agent.team,
        contactId: h.arrival.contactId,
        queueId: h.arrival.queue.id,
        channel: h.arrival.queue.channel,
        evaluatorId: 'qa-analyst-07',
        formId: `${h.arrival.queue.channel}-2025`,
        score: index === 0 ? 91.5 : 64,
        customerCriticalErrors: 0,
        businessCriticalErrors: 0,
        complianceCriticalErrors: index === 0 ? 0 : 1,
        nonCriticalErrors: index === 0 ? 1 : 3,
      });
    }
  }

  private closeDay(): void {
    const acme = TENANTS[0];
    const breakAgent = this.agents.get(`acme/${BREAK.agent}`);
    if (acme !== undefined && breakAgent !== undefined) {
      this.agentState(BREAK.start, acme, breakAgent, 'aux', { auxReason: 'break' });
      this.agentState(BREAK.end, acme, breakAgent, 'available');
    }
    for (const tenant of TENANTS) {
      for (const agent of this.teamAgents(tenant).filter((a) => a.id !== ABSENT_AGENT)) {
        this.agentState(Math.max(SHIFT_END, agent.freeAt + SECOND), tenant, agent, 'offline');
      }
    }
  }
}

// Where the bad records go, and which; tenants alternate so both tenants' dead-letter counts move.
const INVALID: readonly { kind: InvalidEventKind; variant: InvalidEventVariant }[] = [
  { kind: 'malformed_json', variant: 'truncated' },
  { kind: 'envelope_invalid', variant: 'missing_specversion' },
  { kind: 'schema_violation', variant: 'negative_wait' },
  { kind: 'unknown_type', variant: 'unknown_name' },
  { kind: 'oversize', variant: 'padded' },
  { kind: 'envelope_invalid', variant: 'bad_tenantid' },
  { kind: 'schema_violation', variant: 'csat_out_of_range' },
  { kind: 'unknown_type', variant: 'unknown_version' },
  { kind: 'timestamp_in_future', variant: 'one_day_ahead' },
  { kind: 'malformed_json', variant: 'not_json' },
];

// Far enough ahead that "now + 1 day" stays in the future whenever the demo runs.
const FUTURE_NOW = new Date('2099-12-31T00:00:00Z');
const OVERSIZE_BYTES = 70_000;
const DUPLICATE_SOURCES = [18, 52, 86, 120, 154];

/** The sample stream, line by line; identical on every call. */
export function buildSampleStream(): readonly SampleLine[] {
  const factory = createEventFactory({ seed: 'sample', startTime: `${DAY}T08:00:00Z` });
  const events = new Simulation(factory.makeEvent, seededRandom(20250303)).run();
  const lines: SampleLine[] = events.map((event) => ({ text: JSON.stringify(event), kind: 'valid' }));

  // Redelivery: an exact copy a few lines after the original.
  for (const source of [...DUPLICATE_SOURCES].reverse()) {
    const original = lines[source];
    if (original !== undefined) {
      lines.splice(source + 3, 0, { text: original.text, kind: 'duplicate' });
    }
  }
  const spacing = Math.floor(lines.length / (INVALID.length + 1));
  for (const [index, { kind, variant }] of [...INVALID.entries()].reverse()) {
    const invalid = factory.makeInvalidEvent(kind, {
      variant,
      tenantid: index % 2 === 0 ? 'acme' : 'globex',
      sizeBytes: OVERSIZE_BYTES,
      now: FUTURE_NOW,
    });
    lines.splice((index + 1) * spacing, 0, { text: invalid.text, kind });
  }
  return lines;
}

/** The NDJSON text of the sample stream. */
export function renderSampleNdjson(): string {
  return `${buildSampleStream()
    .map((line) => line.text)
    .join('\n')}\n`;
}
