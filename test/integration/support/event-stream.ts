import type { Kafka } from 'kafkajs';
import { EVENT_TYPES } from '@vahti/contracts';
import { makeEvent, produceAll, type RawMessage } from '@vahti/testing';

const CONTACT_TYPES = EVENT_TYPES.filter((t) => t.startsWith('io.vahti.contact.'));

/** `count` valid, distinct contact events over three tenants, keyed by tenant and queue. */
export function validMessages(count: number, prefix: string): RawMessage[] {
  const tenants = ['acme', 'globex', 'initech'];
  return Array.from({ length: count }, (_, i) => {
    const tenantid = tenants[i % tenants.length]!;
    const event = makeEvent(CONTACT_TYPES[i % CONTACT_TYPES.length]!, { tenantid, id: `${prefix}-${i}`, data: { queueId: `q-${i % 8}` } });
    return { key: `${tenantid}/${(event.data as { queueId?: string }).queueId ?? 'none'}`, value: JSON.stringify(event) };
  });
}

/**
 * Produces messages in small batches spread over time, so a test can crash things while the
 * stream is still flowing. Resolves when everything is acknowledged by the broker.
 */
export async function produceOverTime(
  kafka: Kafka,
  topic: string,
  messages: readonly RawMessage[],
  batches: number,
  pauseMs: number,
): Promise<void> {
  const size = Math.ceil(messages.length / batches);
  for (let i = 0; i < messages.length; i += size) {
    await produceAll(kafka, topic, messages.slice(i, i + size));
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}
