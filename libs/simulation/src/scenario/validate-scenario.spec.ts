import { exampleScenario } from './example-scenario';
import type { QueueSpec } from './scenario-schema';
import { ScenarioError } from './scenario-error';
import { validateScenario } from './validate-scenario';

function messageOf(value: unknown): string {
  try {
    validateScenario(value, 'bad.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).message;
  }
  throw new Error('expected a ScenarioError');
}

describe('validateScenario', () => {
  it('returns a valid scenario unchanged', () => {
    const scenario = exampleScenario();
    expect(validateScenario(scenario, 'good.yaml')).toEqual(exampleScenario());
  });

  it('names the file, the field and what was expected for every schema problem', () => {
    const scenario = exampleScenario() as unknown as Record<string, unknown>;
    const queues = scenario.queues as Record<string, unknown>[];
    (queues[0] as Record<string, unknown>).channel = 'fax';
    (queues[1] as Record<string, unknown>).volumePerDay = -5;
    delete scenario.seed;
    scenario.colour = 'blue';
    const message = messageOf(scenario);
    expect(message).toContain('bad.yaml: invalid scenario (4 problems)');
    expect(message).toContain('bad.yaml: /queues/0/channel: must be one of: "voice", "chat", "email", "messaging"');
    expect(message).toContain('bad.yaml: /queues/1/volumePerDay: must be >= 0');
    expect(message).toContain('bad.yaml: /seed: is required');
    expect(message).toContain('bad.yaml: /colour: is not a known field');
  });

  it('reports a bad fault start and a wrong intraday profile length', () => {
    const scenario = exampleScenario();
    const message = messageOf({
      ...scenario,
      queues: [{ ...scenario.queues[0], intradayProfile: [1, 2] }, scenario.queues[1]],
      faults: [{ id: 'f1', kind: 'x', start: 'tomorrow', durationMinutes: 60, segment: {}, change: { parameter: 'volume', multiply: 2 } }],
    });
    expect(message).toContain('bad.yaml: /queues/0/intradayProfile: must NOT have fewer than 24 items');
    expect(message).toMatch(/bad\.yaml: \/faults\/0\/start: must match pattern/);
  });

  it('locates problems of breaks, absence, callbacks and transfers', () => {
    const scenario = exampleScenario();
    const [voice, chat] = scenario.queues as [QueueSpec, QueueSpec];
    const message = messageOf({
      ...scenario,
      queues: [
        { ...voice, callback: { queueId: 'cb', share: 0.5, minWaitSeconds: 30, delayMinutes: 5, dueMinutes: 0 } },
        { ...chat, channel: 'callback' },
      ],
      contactReasons: scenario.contactReasons.map((r) => ({ ...r, transfer: { toQueueId: 'tier9', probability: 1.5 } })),
      teams: scenario.teams.map((t) => ({ ...t, breaks: { count: 2, minutes: 20 }, absenceRate: -0.1 })),
    });
    expect(message).toContain('bad.yaml: /queues/0/callback/dueMinutes: must be > 0');
    expect(message).toContain('bad.yaml: /contactReasons/0/transfer/probability: must be <= 1');
    expect(message).toContain('bad.yaml: /teams/0/breaks/minutes: must be multiple of 15');
    expect(message).toContain('bad.yaml: /teams/1/absenceRate: must be >= 0');
    const references = messageOf({
      ...scenario,
      queues: [{ ...voice, callback: { queueId: 'chat-fi', share: 0.5, minWaitSeconds: 30, delayMinutes: 5, dueMinutes: 60 } }, chat],
      contactReasons: scenario.contactReasons.map((r) => ({ ...r, transfer: { toQueueId: 'tier9', probability: 0.1 } })),
    });
    expect(references).toContain('bad.yaml: /queues/0/callback/queueId: must name a queue with channel "callback"');
    expect(references).toContain('bad.yaml: /contactReasons/1/transfer/toQueueId: names unknown queue "tier9"');
    const callbackQueue = messageOf({ ...scenario, queues: [voice, { ...chat, channel: 'callback' }] });
    expect(callbackQueue).toContain('bad.yaml: /queues/1/volumePerDay: must be 0 on a callback queue');
  });

  it('reports cross-reference problems with the same style of message', () => {
    const scenario = exampleScenario();
    scenario.teams[1] = { id: 'team-blend', agents: 3, skills: ['voice-fi', 'email-fi'], adherence: 0.9 };
    scenario.queues[1] = { ...scenario.queues[1]!, reasonMix: [{ reason: 'refunds', weight: 1 }] };
    scenario.faults = [
      {
        id: 'f1',
        kind: 'kb_outage',
        start: 'day 1 10:00',
        durationMinutes: 60,
        segment: { queueId: 'sms' },
        change: { parameter: 'handleTime', set: 0.5 },
      },
      { id: 'f2', kind: 'misroute', start: 'day 9 10:00', durationMinutes: 60, segment: {}, change: { parameter: 'misrouting', set: 0.2 } },
    ];
    const message = messageOf(scenario);
    expect(message).toContain('bad.yaml: /teams/1/skills/1: names unknown queue "email-fi" (declared: voice-fi, chat-fi)');
    expect(message).toContain('bad.yaml: /queues/1/reasonMix/0/reason: names unknown contact reason "refunds" (declared: billing, tech)');
    expect(message).toContain('bad.yaml: /faults/0/segment/queueId: names unknown queue "sms"');
    expect(message).toContain('bad.yaml: /faults/0/change/multiply: is required for parameter handleTime');
    expect(message).toContain('bad.yaml: /faults/0/change/set: is not allowed for parameter handleTime (use multiply)');
    expect(message).toContain('bad.yaml: /faults/1/change/toQueueId: is required for parameter misrouting');
    expect(message).toContain('bad.yaml: /faults/1/start: must be a valid time within the simulated 1 days');
  });

  it('accepts an RFC 3339 fault start inside the period', () => {
    const scenario = exampleScenario();
    scenario.faults = [
      {
        id: 'f1',
        kind: 'team_drop',
        start: '2026-03-02T10:00:00+02:00',
        durationMinutes: 120,
        segment: { teamId: 'team-voice' },
        change: { parameter: 'adherence', set: 0.7 },
      },
    ];
    expect(validateScenario(scenario, 'ok.yaml').faults).toHaveLength(1);
  });
});
