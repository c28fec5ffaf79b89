// One queue in front of c identical agents, served first come, first served: M/M/c when service
// times are exponential, M/M/c+M (Erlang A) when waiting contacts have exponential patience, and
// M/G/c+G for any other samplers (log-normal handle times plug in here).
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import type { EventHandle } from '../engine/scheduled-event';
import type { Sampler } from '../random/distributions';
import type { RandomSource } from '../random/seeded-random';
import type { QueueObserver } from './queue-observer';

export interface MultiServerQueueConfig {
  readonly agents: number;
  /** Handle time of one contact, in seconds. */
  readonly serviceTime: Sampler;
  /** How long a contact is willing to wait, in seconds; absent = contacts never abandon. */
  readonly patience?: Sampler;
}

/** The random streams the queue draws from: one per input, so each can change alone. */
export interface MultiServerQueueRandom {
  readonly service: RandomSource;
  readonly patience: RandomSource;
}

interface WaitingContact {
  readonly id: number;
  readonly arrivalTime: number;
  abandonTimer: EventHandle | null;
  /** True once it has abandoned; such entries are skipped when they reach the head. */
  gone: boolean;
}

// The FIFO is an array read from `head`; the consumed prefix is cut off once it is large, so
// dequeue stays O(1) amortised without shifting the array on every answer.
const COMPACT_FROM = 1024;

export class MultiServerQueue {
  private busyAgents = 0;
  private waitingCount = 0;
  private fifo: WaitingContact[] = [];
  private head = 0;
  private nextId = 0;

  constructor(
    private readonly engine: DiscreteEventEngine,
    private readonly config: MultiServerQueueConfig,
    private readonly random: MultiServerQueueRandom,
    private readonly observer: QueueObserver,
  ) {
    if (!Number.isInteger(config.agents) || config.agents < 1) {
      throw new RangeError(`agents must be an integer ≥ 1, got ${config.agents}`);
    }
  }

  /** Contacts waiting now. */
  get waiting(): number {
    return this.waitingCount;
  }

  /** Agents serving a contact now. */
  get busy(): number {
    return this.busyAgents;
  }

  /** A contact arrives now: it is answered at once if an agent is free, else it joins the queue. */
  offer(): void {
    const id = this.nextId++;
    const now = this.engine.now;
    if (this.busyAgents < this.config.agents) {
      this.busyAgents += 1;
      this.startService(id, now);
    } else {
      const contact: WaitingContact = { id, arrivalTime: now, abandonTimer: null, gone: false };
      const patience = this.config.patience;
      if (patience !== undefined) {
        contact.abandonTimer = this.engine.scheduleAfter(patience(this.random.patience), () => this.abandon(contact));
      }
      this.fifo.push(contact);
      this.waitingCount += 1;
    }
    this.observer.stateChanged(now, this.waitingCount, this.busyAgents);
  }

  // The agent is already counted busy; schedules the end of service.
  private startService(id: number, arrivalTime: number): void {
    const answerTime = this.engine.now;
    const serviceEndTime = answerTime + this.config.serviceTime(this.random.service);
    this.engine.schedule(serviceEndTime, () => this.finishService(id, arrivalTime, answerTime, serviceEndTime));
  }

  private finishService(id: number, arrivalTime: number, answerTime: number, serviceEndTime: number): void {
    this.observer.contactFinished({ outcome: 'answered', id, arrivalTime, wait: answerTime - arrivalTime, answerTime, serviceEndTime });
    const next = this.dequeue();
    if (next === undefined) {
      this.busyAgents -= 1;
    } else {
      // The freed agent takes the longest-waiting contact, which then no longer abandons.
      if (next.abandonTimer !== null) {
        this.engine.cancel(next.abandonTimer);
      }
      this.waitingCount -= 1;
      this.startService(next.id, next.arrivalTime);
    }
    this.observer.stateChanged(this.engine.now, this.waitingCount, this.busyAgents);
  }

  private abandon(contact: WaitingContact): void {
    const now = this.engine.now;
    contact.gone = true;
    this.waitingCount -= 1;
    this.observer.contactFinished({
      outcome: 'abandoned',
      id: contact.id,
      arrivalTime: contact.arrivalTime,
      wait: now - contact.arrivalTime,
      abandonTime: now,
    });
    this.observer.stateChanged(now, this.waitingCount, this.busyAgents);
  }

  // The longest-waiting contact still in the queue, removed from it.
  private dequeue(): WaitingContact | undefined {
    while (this.head < this.fifo.length) {
      const contact = this.fifo[this.head++] as WaitingContact;
      if (!contact.gone) {
        this.compact();
        return contact;
      }
    }
    this.fifo = [];
    this.head = 0;
    return undefined;
  }

  private compact(): void {
    if (this.head >= COMPACT_FROM && 2 * this.head >= this.fifo.length) {
      this.fifo = this.fifo.slice(this.head);
      this.head = 0;
    }
  }
}
