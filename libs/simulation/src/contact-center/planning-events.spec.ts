import type { EventOf, VahtiEvent } from '@vahti/contracts';
import { requiredAgents } from '@vahti/queueing';
import { exampleScenario } from '../scenario/example-scenario';
import { simulateContactCenter } from './simulate-contact-center';

function ofType<T extends VahtiEvent['type']>(events: readonly VahtiEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type);
}

describe('forecast staffing and team resolution', () => {
  it('publishes the Erlang C agents each forecast interval needs for the queue service-level target', () => {
    const scenario = exampleScenario();
    scenario.queues[0] = { ...scenario.queues[0]!, serviceLevelTarget: 0.9 };
    const forecasts = ofType(simulateContactCenter(scenario).events, 'io.vahti.forecast.published.v1');
    expect(forecasts).toHaveLength(2);
    for (const forecast of forecasts) {
      const queue = scenario.queues.find((q) => q.id === forecast.data.queueId)!;
      for (const interval of forecast.data.intervals) {
        const expected = requiredAgents(
          interval.contacts / 3600,
          interval.ahtSeconds ?? 0,
          queue.serviceLevelSeconds,
          queue.serviceLevelTarget ?? 0.8,
        );
        expect(interval.requiredAgents).toBe(expected);
      }
    }
    // Voice peaks at ~220 contacts an hour of ~6.5 min: about 30 agents at 90/20.
    const peak = Math.max(...(forecasts[0]?.data.intervals ?? []).map((i) => i.requiredAgents ?? 0));
    expect(peak).toBeGreaterThan(25);
    expect(peak).toBeLessThan(40);
  });

  it('scales resolution per team with resolutionMultiplier', () => {
    const scenario = exampleScenario();
    scenario.teams = scenario.teams.map((t) => (t.id === 'team-voice' ? { ...t, resolutionMultiplier: 0.5 } : t));
    const ended = ofType(simulateContactCenter(scenario).events, 'io.vahti.contact.ended.v1');
    const resolvedShare = (teamId: string) => {
      const own = ended.filter((e) => e.data.teamId === teamId && e.data.disposition !== 'transferred');
      return own.filter((e) => e.data.resolved).length / own.length;
    };
    // Reasons resolve 70–85 % of contacts; halved for team-voice.
    expect(resolvedShare('team-blend')).toBeGreaterThan(0.7);
    expect(resolvedShare('team-voice')).toBeLessThan(0.45);
  });
});
