import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import type { RootCauseInput } from '../input/root-cause-input';
import { rankCauses } from './rank-causes';

const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });
const input = (kpi: string, baseline: KpiCounters, current: KpiCounters, extra: Partial<RootCauseInput> = {}): RootCauseInput => ({
  kpi,
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 20,
  series: { baseline, current },
  ...extra,
});
// Handle time of n contacts with mean `aht` and a coefficient of variation of 0.5.
const handling = (n: number, aht: number): Partial<KpiCounters> => ({
  handled: n,
  talkSeconds: n * aht,
  handleSquares: n * aht * aht * 1.25,
});

describe('rankCauses', () => {
  it('throws for an unknown KPI and has nothing for a KPI outside the graph or without values', () => {
    const c = counters({ handled: 100, qaEvaluations: 5 });
    expect(() => rankCauses(input('no_such_kpi', c, c))).toThrow(RangeError);
    expect(rankCauses(input('qa_coverage', c, c))).toEqual([]);
    expect(rankCauses(input('csat', c, c))).toEqual([]);
  });

  it('adds significant upstream drivers unquantified, in the direction of the change only', () => {
    // CSAT (top-2) 170/200 = 85 % → 130/200 = 65 %. Transfers 10/400 → 60/400 (Wilson intervals
    // 1.4–4.5 % and 11.8–18.9 %: significant), which lowers CSAT (R12). Agent-reported resolution
    // rose 300/400 → 340/400, which would raise CSAT (R10): not a cause.
    const baseline = counters({ csatResponses: 200, csatTop2: 170, transfers: 10, resolvedReported: 300, ...handling(400, 300) });
    const current = counters({ csatResponses: 200, csatTop2: 130, transfers: 60, resolvedReported: 340, ...handling(400, 300) });
    const candidates = rankCauses(input('csat', baseline, current));
    expect(candidates.map((c) => [c.factor, c.contribution])).toEqual([
      ['transfers', null],
      ['csat', 1],
    ]);
    expect(candidates[0]?.summary).toBe(
      'Transfer rate rose from 2.5 % to 15 % (+12.5 pp), which lowers customer satisfaction (top-2-box) (kpi-catalog R12); not quantified.',
    );
    expect(candidates[1]?.summary).toContain('(no drill-down rows to localise it)');
  });

  it('names an unmeasured driver when its other effect moved with the KPI, and not when it moved against it', () => {
    // Agent-reported resolution 320/400 = 80 % → 260/400 = 65 % (significant). Handle time 300 s →
    // 390 s (+30 %): together the pattern of a proficiency or knowledge drop (R17). Handle time
    // rising would, by R16, raise resolution: it is no candidate on its own.
    const baseline = counters({ resolvedReported: 320, ...handling(400, 300) });
    const slower = counters({ resolvedReported: 260, ...handling(400, 390) });
    const candidates = rankCauses(input('agent_reported_resolution', baseline, slower));
    const latent = candidates.find((c) => c.factor === 'proficiency');
    expect(latent).toMatchObject({ effect: 'driver', contribution: null, evidence: { effects: 'handle_time', relativeChange: 0.3 } });
    expect(latent?.summary).toBe(
      'Handle time rose from 5 min 0 s to 6 min 30 s (+30 %) while agent-reported resolution fell: together the pattern of a drop in ' +
        'agent proficiency and knowledge (skills, knowledge base, tools; kpi-catalog R17), inferred, not measured.',
    );
    expect(candidates.some((c) => c.factor === 'handle_time')).toBe(false);
    // Faster contacts with the same drop: handle time moved against the pattern, so no inference.
    const faster = counters({ resolvedReported: 260, ...handling(400, 210) });
    expect(rankCauses(input('agent_reported_resolution', baseline, faster)).some((c) => c.factor === 'proficiency')).toBe(false);
    // Handle time unchanged: nothing confirms it.
    const same = counters({ resolvedReported: 260, ...handling(400, 300) });
    expect(rankCauses(input('agent_reported_resolution', baseline, same)).some((c) => c.factor === 'proficiency')).toBe(false);
  });

  it('without agent time, falls back to the drill-down and the graph for a service-level change', () => {
    // SL 180/200 → 120/200; AHT 300 s → 390 s over 200 contacts (intervals 279–321 s and 363–417 s:
    // significant). No agent time, so no Erlang model: handle time is reached through
    // workload and occupancy (R1), unquantified, before the not-localised SL itself.
    const baseline = counters({ offers: 200, answered: 200, answeredWithinThreshold: 180, ...handling(200, 300) });
    const current = counters({ offers: 200, answered: 200, answeredWithinThreshold: 120, ...handling(200, 390) });
    const candidates = rankCauses(input('service_level', baseline, current));
    expect(candidates.map((c) => [c.factor, c.contribution])).toEqual([
      ['handle_time', null],
      ['service_level', 1],
    ]);
    expect(candidates[0]?.summary).toContain('(kpi-catalog R1 → R1 → R1 via workload, occupancy)');
  });

  it('passes the volume share on to repeat contacts when they made the rise', () => {
    // Offers 100 → 140, of which repeats 10 → 50: the new demand is flat, so all of the volume
    // driver's share goes to repeat contacts (R9). AHT 300 s, 12 agents on queue, no abandons (Erlang C).
    const baseline = counters({
      offers: 100,
      firstOffers: 100,
      repeatContacts: 10,
      answered: 100,
      answeredWithinThreshold: 95,
      ...handling(100, 300),
    });
    const current = counters({
      offers: 140,
      firstOffers: 140,
      repeatContacts: 50,
      answered: 140,
      answeredWithinThreshold: 100,
      ...handling(140, 300),
    });
    const candidates = rankCauses(
      input('service_level', baseline, current, { staffedAgentSeconds: { baseline: 12 * 3600, current: 12 * 3600 } }),
    );
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'repeat_contacts', effect: 'driver' });
    expect(candidates[0]?.evidence.componentFraction).toBe(1);
    expect(candidates[0]?.summary).toMatch(
      /^Repeat contacts rose from 10 contacts to 50 contacts \(\+400 %\); with offered volume at its baseline/,
    );
  });

  it('gives staffing the staffing share when the caller passes staffed seconds without agent counters', () => {
    // 150 offers at 300 s (A = 12.5) with 16 → 14 agents on queue; nothing else moved.
    const window = counters({ offers: 150, firstOffers: 150, answered: 150, ...handling(150, 300) });
    const baseline = { ...window, answeredWithinThreshold: 135 };
    const current = { ...window, answeredWithinThreshold: 90 };
    const candidates = rankCauses(
      input('service_level', baseline, current, { staffedAgentSeconds: { baseline: 16 * 3600, current: 14 * 3600 } }),
    );
    expect(candidates.map((c) => [c.factor, c.effect])).toEqual([['staffing', 'driver']]);
    expect(candidates[0]?.evidence.shapley).toBeLessThan(0);
    expect(candidates[0]?.summary).toMatch(/^Staffed agents on queue fell from 16\.0 to 14\.0 \(−13 %\); with staffing at its baseline/);
  });
});
