// Scale: one alert drills hundreds of agents. The drill-down is linear in the rows (one pass for
// the sums, one per element, one sort), so 2 000 agents cost a few milliseconds. Built by hand:
// 2 000 agents with 10 contacts each at 300 s; agent-1234 takes 900 s in the alert window, every
// other agent is unchanged: AHT 300 → 300.3 s, all of it agent-1234's (EP 1, even-spread power 1/2 000).
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const agents: BreakdownRow[] = Array.from({ length: 2000 }, (_, i) => {
  const id = `agent-${i}`;
  return row(
    id,
    contactCounters({ offers: 10, handled: 10, aht: 300 }),
    contactCounters({ offers: 10, handled: 10, aht: id === 'agent-1234' ? 900 : 300 }),
  );
});
const manyAgentsInput: RootCauseInput = {
  kpi: 'average_handle_time',
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 20,
  series: totalOf(agents),
  breakdowns: { agent: agents },
};

describe('2 000 agents', () => {
  it('finds the one agent whose contacts got slower', () => {
    const candidates = rankCauses(manyAgentsInput);
    expect(candidates[0]).toMatchObject({ factor: 'handle_time', dimension: 'agent', value: 'agent-1234', effect: 'rate' });
    expect(candidates[0]?.contribution).toBeCloseTo(1, 9);
  });

  it('gives the same list whatever the order of the rows', () => {
    const reversed = { ...manyAgentsInput, breakdowns: { agent: [...agents].reverse() } };
    expect(rankCauses(reversed)).toEqual(rankCauses(manyAgentsInput));
  });
});
