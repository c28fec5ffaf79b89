// The mutable state of a contact-center run: agents, queues and contacts in flight.
import type { EventHandle } from '../engine/scheduled-event';
import type { QueueSpec, ReasonSpec, TeamSpec } from '../scenario/scenario-schema';

export type AgentState = 'available' | 'busy' | 'wrap_up' | 'aux' | 'offline';

export interface Agent {
  readonly id: string;
  readonly team: TeamSpec;
  /** The queues the agent answers, in the order of the scenario. */
  readonly skills: QueueState[];
  state: AgentState;
  /** Within the scheduled shift (outside it, the agent finishes work and logs off). */
  onShift: boolean;
  /** Not adhering this hour: goes to aux as soon as the current contact is done. */
  wantsAux: boolean;
  /** In a planned break or lunch: goes (or stays) in aux with this reason once the contact is done. */
  plannedAux: 'break' | 'lunch' | null;
  /** The aux reason last reported, so a change of reason alone is reported too. */
  auxReason: string | null;
  /** Absent (unplanned) today: does not log on. */
  absent: boolean;
}

export interface QueueState {
  readonly index: number;
  readonly spec: QueueSpec;
  /** FIFO read from `head`; contacts that abandoned stay in it, marked `gone`, until skipped. */
  waiting: Contact[];
  head: number;
  /** Agents with this skill, in team order: routing offers to the first free one. */
  readonly agents: Agent[];
}

export interface Contact {
  readonly id: string;
  readonly customerId: string;
  readonly reason: ReasonSpec;
  /** The queue the contact belongs to (where a misrouted contact is transferred to). */
  readonly home: QueueState;
  queue: QueueState;
  misrouted: boolean;
  readonly repeat: boolean;
  offeredAt: number;
  /** Already transferred once by the transfer probability of its reason (a second leg never is). */
  transferred: boolean;
  /** For a callback (channel `callback`): the promise it keeps. */
  readonly callback?: { readonly dueAt: number; readonly originalContactId: string };
  abandonTimer: EventHandle | null;
  gone: boolean;
}
