// Routing and service: contacts are offered to a queue, go to the first free agent of any team
// with the skill, else wait FIFO until answered or out of patience. Faults are read at the moment
// a parameter is drawn (handle time and resolution at the answer, routing at the arrival).
// A transfer (after misrouting, or by the reason's transfer probability) offers the contact again in
// another queue; a customer out of patience may ask for a callback, a new contact on a callback queue.
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import { sampleExponential, sampleLognormal } from '../random/distributions';
import type { SeededRandom } from '../random/seeded-random';
import type { QueueSpec, ReasonSpec, Scenario } from '../scenario/scenario-schema';
import type { EventWriter } from './event-writer';
import type { FaultSchedule } from './fault-schedule';
import type { Agent, AgentState, Contact, QueueState } from './model-types';
import { ContactOutcomes } from './contact-outcomes';
import { takeOldestWaiting } from './waiting-contacts';

const { max, round } = Math;
// A misrouted contact is recognised and passed on quickly (short talk, cold); an ordinary transfer
// follows some diagnosis and is announced to the next agent (warm). Both wrap up briefly.
const MISROUTE_TALK_MEAN = 90;
const TRANSFER_TALK_MEAN = 240;
const HANDOVER_WRAP = 15;

/** The random streams of the model, one per input so a change to one leaves the others alone. */
export interface ModelRandom {
  readonly handle: SeededRandom;
  readonly patience: SeededRandom;
  readonly routing: SeededRandom;
  readonly outcomes: SeededRandom;
  readonly callback: SeededRandom;
  readonly transfer: SeededRandom;
}

/** Runs `action` at the first open second of `queue` at or after `at`, if that is within the run. */
export type WhenOpen = (queue: QueueState, at: number, action: () => void) => void;

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
    private readonly whenOpen: WhenOpen,
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
      transferred: false,
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
      // The contract allows (and requires) the promise only on the callback channel.
      ...(contact.callback !== undefined && queue.spec.channel === 'callback'
        ? { callbackDueAt: this.writer.iso(contact.callback.dueAt), originalContactId: contact.callback.originalContactId }
        : {}),
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

  // Out of patience: leaves, or (with the queue's callback option) asks to be called back instead.
  private abandon(contact: Contact): void {
    contact.gone = true;
    contact.abandonTimer = null;
    const waitSeconds = round((this.engine.now - contact.offeredAt) * 1000) / 1000;
    const option = contact.queue.spec.callback;
    const callback = option !== undefined && waitSeconds >= option.minWaitSeconds && this.random.callback.chance(option.share);
    this.writer.emit('io.vahti.contact.abandoned.v1', this.engine.now, {
      ...inQueue(contact, contact.queue),
      waitSeconds,
      ...(callback ? { callbackRequested: true } : {}),
    });
    if (callback) {
      this.requestCallback(contact, option);
    }
  }

  // A new contact on the callback queue, offered after the option's delay (at the next opening).
  private requestCallback(original: Contact, option: NonNullable<QueueSpec['callback']>): void {
    const target = this.queues.find((q) => q.spec.id === option.queueId);
    if (target === undefined) {
      return;
    }
    const dueAt = this.engine.now + option.dueMinutes * 60;
    this.whenOpen(target, this.engine.now + option.delayMinutes * 60, () => {
      this.contacts += 1;
      const contact: Contact = {
        ...original,
        id: `${this.scenario.tenant}-c${this.contacts}`,
        queue: target,
        misrouted: false,
        offeredAt: this.engine.now,
        transferred: false,
        callback: { dueAt, originalContactId: original.id },
        abandonTimer: null,
        gone: false,
      };
      this.offer(contact, false);
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
      contact.misrouted = false;
      this.handOver(contact, agent, contact.home, 'cold');
      return;
    }
    const transfer = contact.reason.transfer;
    if (transfer !== undefined && !contact.transferred && transfer.toQueueId !== queue.spec.id) {
      const target = this.queues.find((q) => q.spec.id === transfer.toQueueId);
      if (target !== undefined && this.random.transfer.chance(transfer.probability)) {
        contact.transferred = true;
        this.handOver(contact, agent, target, 'warm');
        return;
      }
    }
    const key = { queueId: queue.spec.id, contactReason: contact.reason.id, teamId: agent.team.id };
    const spec = contact.reason.handleTimeByChannel?.[queue.spec.channel] ?? contact.reason.handleTime;
    const handle = sampleLognormal(this.random.handle, spec.meanSeconds * this.faults.factor('handleTime', now, key), spec.cv);
    const wrapUpSeconds = round(handle * contact.reason.wrapUpFraction);
    const holdSeconds = round(handle * contact.reason.holdFraction);
    const talkSeconds = max(1, round(handle) - wrapUpSeconds - holdSeconds);
    const teamFactor = agent.team.resolutionMultiplier ?? 1;
    const resolution = contact.reason.resolutionProbability * teamFactor * this.faults.factor('resolutionProbability', now, key);
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

  // The first leg of a transfer: a short talk, contact.transferred, the offer to `target` (viaTransfer)
  // and the first leg's end with disposition `transferred` after a short wrap-up.
  private handOver(contact: Contact, agent: Agent, target: QueueState, transferKind: 'cold' | 'warm'): void {
    const from = contact.queue;
    const mean = transferKind === 'cold' ? MISROUTE_TALK_MEAN : TRANSFER_TALK_MEAN;
    const talkSeconds = max(10, round(sampleLognormal(this.random.handle, mean, 0.5)));
    this.engine.scheduleAfter(talkSeconds, () => {
      this.writer.emit('io.vahti.contact.transferred.v1', this.engine.now, {
        ...handledBy(contact, from, agent),
        toQueueId: target.spec.id,
        transferKind,
      });
      this.setState(agent, 'wrap_up', contact.id);
      contact.queue = target;
      this.offer(contact, true);
      this.engine.scheduleAfter(HANDOVER_WRAP, () => {
        this.writer.emit('io.vahti.contact.ended.v1', this.engine.now, {
          ...handledBy(contact, from, agent),
          talkSeconds,
          holdSeconds: 0,
          wrapUpSeconds: HANDOVER_WRAP,
          contactReason: contact.reason.id,
          disposition: 'transferred',
        });
        this.release(agent);
      });
    });
  }

  /** An agent who just finished (or came on queue): next waiting contact, else aux/offline/available. */
  release(agent: Agent): void {
    const off = agent.onShift && (agent.wantsAux || agent.plannedAux !== null);
    const next = off ? undefined : takeOldestWaiting(agent);
    if (next !== undefined) {
      this.answer(next, agent);
    } else if (!agent.onShift) {
      this.setState(agent, 'offline');
    } else {
      this.setState(agent, off ? 'aux' : 'available');
    }
  }

  /** Changes an agent's state, emitting agent.state_changed when it really changes. */
  setState(agent: Agent, state: AgentState, contactId?: string): void {
    // A planned break wins over unplanned aux: the agent reports the break.
    const auxReason = state === 'aux' ? (agent.plannedAux ?? 'personal') : null;
    if (agent.state === state && state !== 'busy' && agent.auxReason === auxReason) {
      return;
    }
    agent.state = state;
    agent.auxReason = auxReason;
    this.writer.emit('io.vahti.agent.state_changed.v1', this.engine.now, {
      agentId: agent.id,
      teamId: agent.team.id,
      state,
      ...(auxReason === null ? {} : { auxReason }),
      ...(contactId === undefined ? {} : { contactId }),
    });
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
