// A small valid scenario (one Monday, two queues, two teams) for tests and as a starting point:
// big enough to exercise every event type, small enough to simulate in well under a second.
import type { Scenario } from './scenario-schema';

const OFFICE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0.6, 1, 1.1, 1.1, 0.9, 1, 1, 1, 0.9, 0.7, 0, 0, 0, 0, 0, 0];

/** A fresh copy of the example scenario; tests change fields on it freely. */
export function exampleScenario(): Scenario {
  return {
    tenant: 'acme',
    startDate: '2026-03-02',
    days: 1,
    seed: 42,
    utcOffsetMinutes: 120,
    surveyResponseRate: 0.15,
    qaSampleRate: 0.03,
    repeatContact: { probability: 0.3, meanDelayHours: 4 },
    queues: [
      {
        id: 'voice-fi',
        channel: 'voice',
        openingHours: { mon: { open: 8, close: 18 }, tue: { open: 8, close: 18 } },
        volumePerDay: 2000,
        intradayProfile: [...OFFICE_HOURS],
        reasonMix: [
          { reason: 'billing', weight: 60 },
          { reason: 'tech', weight: 40 },
        ],
        serviceLevelSeconds: 20,
        meanPatienceSeconds: 180,
      },
      {
        id: 'chat-fi',
        channel: 'chat',
        openingHours: { mon: { open: 8, close: 18 } },
        volumePerDay: 600,
        intradayProfile: [...OFFICE_HOURS],
        reasonMix: [
          { reason: 'billing', weight: 50 },
          { reason: 'tech', weight: 50 },
        ],
        serviceLevelSeconds: 60,
        meanPatienceSeconds: 300,
        forecastErrorCv: 0.1,
      },
    ],
    contactReasons: [
      {
        id: 'billing',
        handleTime: { meanSeconds: 360, cv: 0.8 },
        handleTimeByChannel: { chat: { meanSeconds: 500, cv: 0.7 } },
        holdFraction: 0.08,
        wrapUpFraction: 0.15,
        resolutionProbability: 0.85,
        selfService: { attemptRate: 0.3, containment: 0.4 },
      },
      { id: 'tech', handleTime: { meanSeconds: 480, cv: 0.9 }, holdFraction: 0.1, wrapUpFraction: 0.15, resolutionProbability: 0.7 },
    ],
    teams: [
      { id: 'team-voice', agents: 24, skills: ['voice-fi'], adherence: 0.92 },
      { id: 'team-blend', agents: 16, skills: ['voice-fi', 'chat-fi'], adherence: 0.9 },
    ],
    faults: [],
  };
}
