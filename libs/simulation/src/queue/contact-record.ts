// What the queue model reports about each contact once its fate is known. Times are simulated
// seconds; `wait` is the time in queue (answer or abandon time minus arrival time).

interface ContactBase {
  /** Arrival order, from 0. */
  readonly id: number;
  readonly arrivalTime: number;
  readonly wait: number;
}

/** A contact an agent answered; reported when the service ends. */
export interface AnsweredContact extends ContactBase {
  readonly outcome: 'answered';
  readonly answerTime: number;
  readonly serviceEndTime: number;
}

/** A contact that hung up in the queue because its patience ran out first. */
export interface AbandonedContact extends ContactBase {
  readonly outcome: 'abandoned';
  readonly abandonTime: number;
}

export type ContactRecord = AnsweredContact | AbandonedContact;
