import { createEventValidator, EVENT_TYPES, MAX_EVENT_BYTES, partitionKey } from '@vahti/contracts';
import { exampleScenario } from '../scenario/example-scenario';
import { simulateContactCenter } from './simulate-contact-center';

describe('simulateContactCenter and the event contract', () => {
  const scenario = exampleScenario();
  scenario.faults = [
    {
      id: 'mis',
      kind: 'misrouting',
      start: 'day 1 10:00',
      durationMinutes: 120,
      segment: { queueId: 'voice-fi', contactReason: 'tech' },
      change: { parameter: 'misrouting', set: 0.3, toQueueId: 'chat-fi' },
    },
  ];
  const { events } = simulateContactCenter(scenario);

  it('emits only events that validate, over a whole simulated day', () => {
    const validate = createEventValidator();
    const failures = events.map((event) => validate(event)).filter((result) => !result.ok);
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('keeps every event under the size limit, even the schedule of a team at the 500-agent maximum', () => {
    const big = exampleScenario();
    big.teams[0] = { id: 'team-voice', agents: 500, skills: ['voice-fi'], adherence: 0.9 };
    const schedules = simulateContactCenter({ ...big, queues: big.queues.map((q) => ({ ...q, volumePerDay: 50 })) }).events.filter(
      (e) => e.type === 'io.vahti.schedule.published.v1',
    );
    expect(schedules.length).toBeGreaterThan(10);
    const largest = Math.max(...[...events, ...schedules].map((e) => Buffer.byteLength(JSON.stringify(e))));
    expect(largest).toBeLessThanOrEqual(MAX_EVENT_BYTES);
  });

  it('emits every event type the model produces, with unique ids, in time order', () => {
    const types = new Set(events.map((e) => e.type));
    const expected = EVENT_TYPES.filter((t) => t !== 'io.vahti.employee.changed.v1');
    expect([...types].sort()).toEqual([...expected].sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const times = events.map((e) => Date.parse(e.time));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] as number))).toBe(true);
    expect(events.every((e) => /^\/sim\/acme\/[0-9a-f]{12}$/.test(e.source) && partitionKey(e).startsWith('acme'))).toBe(true);
  });

  it('keeps each contact consistent: answered and ended follow the offer, abandoned ones never end', () => {
    const offered = new Set<string>();
    const abandoned = new Set<string>();
    for (const event of events) {
      if (event.type === 'io.vahti.contact.offered.v1') {
        offered.add(event.data.contactId);
      } else if (event.type === 'io.vahti.contact.answered.v1' || event.type === 'io.vahti.contact.ended.v1') {
        expect(offered.has(event.data.contactId)).toBe(true);
        expect(abandoned.has(event.data.contactId)).toBe(false);
      } else if (event.type === 'io.vahti.contact.abandoned.v1') {
        abandoned.add(event.data.contactId);
      }
    }
    expect(abandoned.size).toBeGreaterThan(0);
  });
});
