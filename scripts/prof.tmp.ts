import { EVENT_TYPES, type EventType } from '@vahti/contracts';
import { createTopic, makeEvent, produceAll, testKafka } from '@vahti/testing';
async function main() {
  const kafka = testKafka('prof');
  const topic = `prof.${Date.now()}`;
  await createTopic(kafka, topic, 4);
  await createTopic(kafka, `${topic}.dlq`, 4);
  const types = EVENT_TYPES.filter((t) => t.startsWith('io.vahti.contact.'));
  const msgs = Array.from({ length: 200000 }, (_, i) => {
    const e = makeEvent(types[i % types.length] as EventType, { tenantid: 'acme', id: `e-${i}`, data: { queueId: `q-${i % 16}` } });
    return { key: `acme/q-${i % 16}`, value: JSON.stringify(e) };
  });
  await produceAll(kafka, topic, msgs, 2000);
  console.log(topic);
}
void main();
