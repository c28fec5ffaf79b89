// Routing and service: contacts are offered to a queue, go to the first free agent of any team
// with the skill, else wait FIFO until answered or out of patience. Faults are read at the moment
// a parameter is drawn (handle time and resolution at the answer, routing at the arrival).
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import { sampleExponential, sampleLognormal } from '../random/distributions';
import type { SeededRandom } from '../random/seeded-random';
import type { ReasonSpec, Scenario } from '../scenario/scenario-schema';
import type { EventWriter } from './event-writer';
import type { FaultSchedule } from './fault-schedule';
import type { Agent, AgentState, Contact, QueueState } from './model-types';
import { ContactOutcomes } from './contact-outcomes';

const { max, round } = Math;
// A misrouted contact is recognised and passed on quickly: short talk, fixed short wrap-up.
const MISROUTE_TALK_MEAN = 90;
const MISROUTE_WRAP = 15;

/** The random streams of the model, one per input so a change to one leaves the others alone. */
export interface ModelRandom {
  readonly handle: SeededRandom;
  readonly patience: SeededRandom;
  readonly routing: SeededRandom;
  readonly outcomes: SeededRandom;
}

/** Queues, agents and contacts of one run, driven by the engine's events. */
export class ContactCenterModel {
  private contacts = 0;
  private customers = 0;
  private readonly outcomes: ContactOutcomes;

  constructor(
    private readonly scenario: Scenario,
    private readonly engine: DiscreteEventEngine,
    private readonly writer: EventWriter,
    private readonly faults: FaultSchedule,
    private readonly random: ModelRandom,
    readonly queues: readonly QueueState[],
    repeat: (contact: Contact) => void,
  ) {
    this.outcomes = new ContactOutcomes(scenario, engine, writer, random.outcomes, repeat);
  }

  /** A new contact (or a repeat, when `customerId` is given) arriving for `home` with `reason`. */
  arrive(home: QueueState, reason: ReasonSpec, customerId?: string): void {
    const now = this.engine.now;
    const { routing } = this.random;
    this.contacts += 1;
    const contact: Contact = {
      id: `${this.scenario.tenant}-c${this.contacts}`,
      customerId: customerId ?? `${this.scenario.tenant}-cust-${(this.customers += 1)}`,
      reason,
      home,
      queue: home,
      misrouted: false,
      repeat: customerId !== undefined,
      offeredAt: now,
      abandonTimer: null,
      gone: false,
    };
    const selfService = reason.selfService;
    if (selfService !== undefined && routing.chance(selfService.attemptRate)) {
      const contained = routing.chance(selfService.containment);
      this.writer.emit('io.vahti.selfservice.completed.v1', now, {
        sessionId: `${contact.id}-ss`,
        channel: home.spec.channel,
        customerId: contact.customerId,
        flowId: `${home.spec.channel}-main`,
        contained,
        ...(contained ? {} : { queueId: home.spec.id, contextPassed: true }),
        contactReason: reason.id,
        durationSeconds: routing.int(30, 240),
      });
      if (contained) {
        return;
      }
    }
    const misroute = this.faults.misrouting(now, { queueId: home.spec.id, contactReason: reason.id });
    if (misroute !== undefined && routing.chance(misroute.share)) {
      const wrong = this.queues.find((q) => q.spec.id === misroute.toQueueId);
      if (wrong !== undefined) {
        contact.queue = wrong;
        contact.misrouted = true;
      }
    }
    this.offer(contact, false);
  }

  /** Offers a contact to its current queue: straight to a free agent, else into the FIFO. */
  private offer(contact: Contact, viaTransfer: boolean): void {
    const now = this.engine.now;
    const queue = contact.queue;
    contact.offeredAt = now;
    this.writer.emit('io.vahti.contact.offered.v1', now, {
      ...inQueue(contact, queue),
      contactReason: contact.reason.id,
      ...(viaTransfer ? { viaTransfer: true } : {}),
    });
    const agent = queue.agents.find((a) => a.state === 'available');
    if (agent !== undefined) {
      this.answer(contact, agent);
      return;
    }
    queue.waiting.push(contact);
    const patience = sampleExponential(this.random.patience, 1 / queue.spec.meanPatienceSeconds);
    contact.abandonTimer = this.engine.scheduleAfter(patience, () => this.abandon(contact));
  }

  private abandon(contact: Contact): void {
    contact.gone = true;
    contact.abandonTimer = null;
    this.writer.emit('io.vahti.contact.abandoned.v1', this.engine.now, {
      ...inQueue(contact, contact.queue),
      waitSeconds: round((this.engine.now - contact.offeredAt) * 1000) / 1000,
    });
  }

  private answer(contact: Contact, agent: Agent): void {
    const now = this.engine.now;
    const queue = contact.queue;
    if (contact.abandonTimer !== null) {
      this.engine.cancel(contact.abandonTimer);
      contact.abandonTimer = null;
    }
    const waitSeconds = round((now - contact.offeredAt) * 1000) / 1000;
    this.writer.emit('io.vahti.contact.answered.v1', now, {
      ...handledBy(contact, queue, agent),
      waitSeconds,
    });
    this.setState(agent, 'busy', contact.id);
    if (contact.misrouted) {
      this.serveMisrouted(contact, agent);
      return;
    }
    const key = { queueId: queue.spec.id, contactReason: contact.reason.id, teamId: agent.team.id };
    const spec = contact.reason.handleTimeByChannel?.[queue.spec.channel] ?? contact.reason.handleTime;
    const handle = sampleLognormal(this.random.handle, spec.meanSeconds * this.faults.factor('handleTime', now, key), spec.cv);
    const wrapUpSeconds = round(handle * contact.reason.wrapUpFraction);
    const holdSeconds = round(handle * contact.reason.holdFraction);
    const talkSeconds = max(1, round(handle) - wrapUpSeconds - holdSeconds);
    const resolution = contact.reason.resolutionProbability * this.faults.factor('resolutionProbability', now, key);
    const resolved = this.random.outcomes.chance(resolution);
    this.engine.scheduleAfter(talkSeconds + holdSeconds, () => {
      this.setState(agent, 'wrap_up', contact.id);
      this.engine.scheduleAfter(wrapUpSeconds, () => {
        this.writer.emit('io.vahti.contact.ended.v1', this.engine.now, {
          ...handledBy(contact, queue, agent),
          talkSeconds,
          holdSeconds,
          wrapUpSeconds,
          holdCount: holdSeconds > 0 ? 1 : 0,
          contactReason: contact.reason.id,
          disposition: resolved ? 'resolved' : 'follow_up',
          resolved,
        });
        this.outcomes.ended(contact, agent, waitSeconds, resolved);
        this.release(agent);
      });
    });
  }

  // The agent recognises the wrong queue, transfers the contact to its home queue and wraps up.
  private serveMisrouted(contact: Contact, agent: Agent): void {
    const wrong = contact.queue;
    const talkSeconds = max(10, round(sampleLognormal(this.random.handle, MISROUTE_TALK_MEAN, 0.5)));
    this.engine.scheduleAfter(talkSeconds, () => {
      this.writer.emit('io.vahti.contact.transferred.v1', this.engine.now, {
        ...handledBy(contact, wrong, agent),
        toQueueId: contact.home.spec.id,
        transferKind: 'cold',
      });
      this.setState(agent, 'wrap_up', contact.id);
      contact.misrouted = false;
      contact.queue = contact.home;
      this.offer(contact, true);
      this.engine.scheduleAfter(MISROUTE_WRAP, () => {
        this.writer.emit('io.vahti.contact.ended.v1', this.engine.now, {
          ...handledBy(contact, wrong, agent),
          talkSeconds,
          holdSeconds: 0,
          wrapUpSeconds: MISROUTE_WRAP,
          contactReason: contact.reason.id,
          disposition: 'transferred',
        });
        this.release(agent);
      });
    });
  }

  /** An agent who just finished (or came on queue): next waiting contact, else aux/offline/available. */
  release(agent: Agent): void {
    const next = agent.onShift && agent.wantsAux ? undefined : this.oldestWaiting(agent);
    if (next !== undefined) {
      this.answer(next, agent);
    } else if (!agent.onShift) {
      this.setState(agent, 'offline');
    } else {
      this.setState(agent, agent.wantsAux ? 'aux' : 'available');
    }
  }

  /** Changes an agent's state, emitting agent.state_changed when it really changes. */
  setState(agent: Agent, state: AgentState, contactId?: string): void {
    if (agent.state === state && state !== 'busy') {
      return;
    }
    agent.state = state;
    this.writer.emit('io.vahti.agent.state_changed.v1', this.engine.now, {
      agentId: agent.id,
      teamId: agent.team.id,
      state,
      ...(state === 'aux' ? { auxReason: 'personal' } : {}),
      ...(contactId === undefined ? {} : { contactId }),
    });
  }

  // FIFO per queue; across the agent's queues the contact waiting longest goes first.
  private oldestWaiting(agent: Agent): Contact | undefined {
    let best: QueueState | undefined;
    let bestContact: Contact | undefined;
    for (const queue of agent.skills) {
      while (queue.head < queue.waiting.length && (queue.waiting[queue.head] as Contact).gone) {
        queue.head += 1;
      }
      const head = queue.waiting[queue.head];
      if (head !== undefined && (bestContact === undefined || head.offeredAt < bestContact.offeredAt)) {
        best = queue;
        bestContact = head;
      }
    }
    if (best !== undefined) {
      best.head += 1;
      if (best.head > 1024 && best.head * 2 > best.waiting.length) {
        best.waiting = best.waiting.slice(best.head);
        best.head = 0;
      }
    }
    return bestContact;
  }
}

/** The fields every event of a contact in a queue carries. */
function inQueue(contact: Contact, queue: QueueState) {
  return { contactId: contact.id, queueId: queue.spec.id, channel: queue.spec.channel, customerId: contact.customerId };
}

/** The fields every event of a contact handled by an agent carries. */
function handledBy(contact: Contact, queue: QueueState, agent: Agent) {
  return { ...inQueue(contact, queue), agentId: agent.id, teamId: agent.team.id };
}
