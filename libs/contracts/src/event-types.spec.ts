// Compile-time checks of the exported types. Jest (ts-jest with isolatedModules) only transpiles;
// the `@ts-expect-error` lines are enforced by `npm run typecheck` (tsc), which fails if one of
// them stops being an error. The runtime assertions check the same narrowing from the other side.
import { EVENT_CATALOG, type EventOf, type EventType, type VahtiEvent } from './index';

function describeEvent(event: VahtiEvent): string {
  switch (event.type) {
    case 'io.vahti.contact.answered.v1':
      return `answered after ${event.data.waitSeconds} s by ${event.data.agentId}`;
    case 'io.vahti.contact.ended.v1':
      return `handled in ${event.data.talkSeconds + event.data.holdSeconds + event.data.wrapUpSeconds} s`;
    case 'io.vahti.survey.responded.v1':
      return `csat ${event.data.csat ?? '-'}`;
    case 'io.vahti.agent.state_changed.v1':
      return `state ${event.data.state}`;
    case 'io.vahti.schedule.published.v1':
      return `${event.data.entries.length} entries`;
    case 'io.vahti.forecast.published.v1':
      return `${event.data.intervals.length} intervals`;
    case 'io.vahti.contact.offered.v1':
    case 'io.vahti.contact.abandoned.v1':
    case 'io.vahti.contact.transferred.v1':
    case 'io.vahti.qa.evaluated.v1':
    case 'io.vahti.selfservice.completed.v1':
    case 'io.vahti.employee.changed.v1':
      return event.type;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

describe('VahtiEvent and EventOf', () => {
  it('narrows data by type in a switch', () => {
    expect(describeEvent(EVENT_CATALOG['io.vahti.contact.answered.v1'].example)).toBe('answered after 18 s by agent-0042');
    expect(describeEvent(EVENT_CATALOG['io.vahti.contact.ended.v1'].example)).toBe('handled in 508 s');
    expect(describeEvent(EVENT_CATALOG['io.vahti.agent.state_changed.v1'].example)).toBe('state aux');
  });

  it('types data fields precisely', () => {
    const ended: EventOf<'io.vahti.contact.ended.v1'> = EVENT_CATALOG['io.vahti.contact.ended.v1'].example;
    const talk: number = ended.data.talkSeconds;
    const resolved: boolean | undefined = ended.data.resolved;
    const channel: 'voice' | 'chat' | 'email' | 'messaging' | 'callback' = ended.data.channel;
    expect([talk, resolved, channel]).toEqual([412, true, 'voice']);

    // @ts-expect-error contact.ended has no waitSeconds
    expect(ended.data.waitSeconds).toBeUndefined();
    // @ts-expect-error the type literal is fixed per event
    const wrongType: EventOf<'io.vahti.contact.ended.v1'>['type'] = 'io.vahti.contact.answered.v1';
    expect(wrongType).toBe('io.vahti.contact.answered.v1');
  });

  it('rejects unknown types and unknown fields at compile time', () => {
    // @ts-expect-error not an event type
    const notAType: EventType = 'io.vahti.contact.offered.v2';
    const state: EventOf<'io.vahti.agent.state_changed.v1'>['data']['state'] = 'aux';
    // @ts-expect-error not an agent state
    const badState: EventOf<'io.vahti.agent.state_changed.v1'>['data']['state'] = 'sleeping';
    expect([notAType, state, badState]).toHaveLength(3);
  });
});
