// Taking the next waiting contact off an agent's queues; contacts that abandoned stay in the FIFO
// (marked gone) and are skipped here, which is cheaper than removing them from the middle.
import type { Agent, Contact, QueueState } from './model-types';

/** Takes the next contact for `agent`: FIFO per queue, across its queues the one waiting longest. */
export function takeOldestWaiting(agent: Agent): Contact | undefined {
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
