// Fault scenario fault-forecast-miss.yaml: voice-support volume is 4/3 of the forecast all day 5.
// Series voice-support, window one hour, T = 20 s; the service level degrades.
//
// Built by hand. Offers 150 → 200 (×1.333) against a forecast of 150; AHT 400 s and 20 agents in
// both windows; 28 abandons, all waits 8 400 s → patience 300 s (Erlang A). Observed SL
// 135/150 = 90 % → 120/200 = 60 %. Only volume moved, so it takes the whole modelled change, and
// the forecast missed all of the rise: (200 − max(150, 150)) / (200 − 150) = 1. In the counters a
// volume surge and a forecast miss look the same; the two candidates tie and volume comes first in
// the diagnostic order (kpi-catalog §5.3), the forecast second.
import { rankCauses, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters } from '../support/counters-builder';

const HOUR = 3600;

const forecastMissInput: RootCauseInput = {
  kpi: 'service_level',
  windowSeconds: HOUR,
  serviceLevelThresholdSeconds: 20,
  series: {
    baseline: contactCounters({
      offers: 150,
      handled: 146,
      aht: 400,
      abandoned: 4,
      withinThreshold: 135,
      answerWaitSeconds: 1_300,
      abandonWaitSeconds: 200,
      forecastContacts: 150,
    }),
    current: contactCounters({
      offers: 200,
      handled: 176,
      aht: 400,
      abandoned: 24,
      withinThreshold: 120,
      answerWaitSeconds: 5_500,
      abandonWaitSeconds: 1_400,
      forecastContacts: 150,
    }),
  },
  staffedAgentSeconds: { baseline: 20 * HOUR, current: 20 * HOUR },
};

describe('fault: forecast miss on voice-support (service level)', () => {
  const candidates = rankCauses(forecastMissInput);

  it('ranks volume and the missed forecast as the two top candidates, with the same contribution', () => {
    expect(candidates.map((c) => c.factor)).toEqual(['volume', 'forecast']);
    expect(candidates[1]?.contribution).toBeCloseTo(candidates[0]?.contribution ?? Number.NaN, 12);
    expect(candidates[1]?.evidence.unforeseenFraction).toBe(1);
    expect(candidates[1]?.summary).toMatch(/^Volume was 200 contacts against a forecast of 150 contacts \(\+33 %\): 100 % of the rise/);
  });
});
