import type { ContactRecord } from './contact-record';

/** Receives what a queue model does, as it happens; statistics and event writers implement it. */
export interface QueueObserver {
  /** A contact has been answered and served, or has abandoned. */
  contactFinished(record: ContactRecord): void;
  /** The number waiting or the number of busy agents changed at `time` (to these values). */
  stateChanged(time: number, waiting: number, busyAgents: number): void;
}
