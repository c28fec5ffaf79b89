import type { EventOf, VahtiEvent } from '@vahti/contracts';
import { exampleScenario } from '../scenario/example-scenario';
import type { Scenario } from '../scenario/scenario-schema';
import type { FaultSpec } from '../scenario/fault-schema';
import { simulateContactCenter } from './simulate-contact-center';

type Ended = EventOf<'io.vahti.contact.ended.v1'>;
// Local 12:00–14:00 on 2026-03-02 at UTC+2.
const WINDOW_START = Date.parse('2026-03-02T10:00:00Z');
const WINDOW_END = Date.parse('2026-03-02T12:00:00Z');
const inWindow = (time: string): boolean => Date.parse(time) >= WINDOW_START && Date.parse(time) < WINDOW_END;

function run(faults: FaultSpec[], change: Partial<Scenario> = {}): readonly VahtiEvent[] {
  return simulateContactCenter({ ...exampleScenario(), faults, ...change }).events;
}

function ofType<T extends VahtiEvent['type']>(events: readonly VahtiEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type);
}

// Mean handle time of ended contacts by whether they were answered inside the window.
function meanHandle(events: readonly VahtiEvent[], keep: (e: Ended) => boolean): { inside: number; outside: number } {
  const answeredAt = new Map(ofType(events, 'io.vahti.contact.answered.v1').map((e) => [e.data.contactId, e.time]));
  const sums = { inside: { total: 0, count: 0 }, outside: { total: 0, count: 0 } };
  for (const e of ofType(events, 'io.vahti.contact.ended.v1').filter(keep)) {
    const bucket = inWindow(answeredAt.get(e.data.contactId) ?? '') ? sums.inside : sums.outside;
    bucket.total += e.data.talkSeconds + e.data.holdSeconds + e.data.wrapUpSeconds;
    bucket.count += 1;
  }
  return { inside: sums.inside.total / sums.inside.count, outside: sums.outside.total / sums.outside.count };
}

const fault = (id: string, segment: FaultSpec['segment'], change: FaultSpec['change']): FaultSpec => ({
  id,
  kind: id,
  start: 'day 1 12:00',
  durationMinutes: 120,
  segment,
  change,
});

describe('simulateContactCenter sanity', () => {
  it('offers the configured volume per queue within ±10 %', () => {
    const events = run([], { repeatContact: { probability: 0, meanDelayHours: 1 } });
    const contained = ofType(events, 'io.vahti.selfservice.completed.v1').filter((e) => e.data.contained);
    for (const queue of exampleScenario().queues) {
      const offered = ofType(events, 'io.vahti.contact.offered.v1').filter(
        (e) => e.data.queueId === queue.id && e.data.viaTransfer !== true,
      ).length;
      // Contained self-service sessions never reach the queue, but were part of its arrivals.
      const selfServed = contained.filter((e) => e.data.channel === queue.channel).length;
      expect(Math.abs(offered + selfServed - queue.volumePerDay) / queue.volumePerDay).toBeLessThan(0.1);
    }
  });

  it('raises handle time of the faulted segment during the window only, and lists the fault', () => {
    const handleFault = fault(
      'billing_slow',
      { queueId: 'voice-fi', contactReason: 'billing' },
      { parameter: 'handleTime', multiply: 1.5 },
    );
    const { events, groundTruth } = simulateContactCenter({ ...exampleScenario(), faults: [handleFault] });
    const billing = meanHandle(events, (e) => e.data.queueId === 'voice-fi' && e.data.contactReason === 'billing');
    expect(billing.inside / billing.outside).toBeGreaterThan(1.3);
    expect(Math.abs(billing.outside / 360 - 1)).toBeLessThan(0.1);
    const tech = meanHandle(events, (e) => e.data.queueId === 'voice-fi' && e.data.contactReason === 'tech');
    expect(tech.inside / tech.outside).toBeLessThan(1.15);
    expect(groundTruth).toEqual({
      tenant: 'acme',
      source: expect.stringMatching(/^\/sim\/acme\/[0-9a-f]{12}$/) as unknown,
      faults: [
        {
          id: 'billing_slow',
          kind: 'billing_slow',
          parameter: 'handleTime',
          start: '2026-03-02T10:00:00.000Z',
          end: '2026-03-02T12:00:00.000Z',
          // The first billing contact answered in the window: the moment its handle time was drawn.
          observableFrom: expect.stringMatching(/^2026-03-02T1[01]:/) as unknown,
          segment: { queueId: 'voice-fi', contactReason: 'billing' },
          multiply: 1.5,
        },
      ],
    });
  });

  it('changes volume, resolution, adherence and routing only where and when faulted', () => {
    const events = run([
      fault('surge', { queueId: 'chat-fi' }, { parameter: 'volume', multiply: 2 }),
      fault('kb', { contactReason: 'tech' }, { parameter: 'resolutionProbability', multiply: 0.5 }),
      fault('absent', { teamId: 'team-voice' }, { parameter: 'adherence', set: 0.5 }),
      fault('mis', { queueId: 'voice-fi', contactReason: 'billing' }, { parameter: 'misrouting', set: 0.2, toQueueId: 'chat-fi' }),
    ]);
    const share = (list: { time: string }[]): number => list.filter((e) => inWindow(e.time)).length / list.length;
    const chatOffers = ofType(events, 'io.vahti.contact.offered.v1').filter(
      (e) => e.data.queueId === 'chat-fi' && e.data.viaTransfer !== true,
    );
    const voiceOffers = ofType(events, 'io.vahti.contact.offered.v1').filter((e) => e.data.queueId === 'voice-fi');
    // The window holds about a fifth of the day's volume; doubled it holds about a third.
    expect(share(chatOffers)).toBeGreaterThan(1.4 * share(voiceOffers));
    const techEnded = ofType(events, 'io.vahti.contact.ended.v1').filter(
      (e) => e.data.contactReason === 'tech' && e.data.resolved !== undefined,
    );
    const rate = (list: Ended[]): number => list.filter((e) => e.data.resolved).length / list.length;
    expect(rate(techEnded.filter((e) => inWindow(e.time)))).toBeLessThan(0.5);
    expect(rate(techEnded.filter((e) => !inWindow(e.time)))).toBeGreaterThan(0.6);
    const transfers = ofType(events, 'io.vahti.contact.transferred.v1');
    expect(transfers.length).toBeGreaterThan(20);
    expect(transfers.every((e) => e.data.queueId === 'chat-fi' && e.data.toQueueId === 'voice-fi')).toBe(true);
    const auxByTeam = (team: string): number =>
      ofType(events, 'io.vahti.agent.state_changed.v1').filter((e) => e.data.teamId === team && e.data.state === 'aux' && inWindow(e.time))
        .length;
    expect(auxByTeam('team-voice')).toBeGreaterThan(2 * auxByTeam('team-blend'));
  });
});
