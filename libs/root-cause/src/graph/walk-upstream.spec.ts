import { walkUpstream } from './walk-upstream';

describe('walkUpstream', () => {
  it('reaches the queueing drivers of service level with the signs of the chain', () => {
    const steps = new Map(walkUpstream('service_level').map((s) => [s.node, s]));
    // occupancy → SL (−1); workload → occupancy (+1); handle time → workload (+1): a rise lowers SL.
    expect(steps.get('occupancy')).toMatchObject({ depth: 1, sign: -1 });
    expect(steps.get('workload')).toMatchObject({ depth: 2, sign: -1 });
    expect(steps.get('handle_time')).toMatchObject({ depth: 3, sign: -1 });
    expect(steps.get('volume')).toMatchObject({ depth: 3, sign: -1 });
    // staffing → occupancy (−1) → SL (−1): more agents, higher SL; adherence → staffing (+1) keeps it.
    expect(steps.get('staffing')).toMatchObject({ depth: 2, sign: 1 });
    expect(steps.get('adherence')).toMatchObject({ depth: 3, sign: 1 });
    expect(steps.get('shrinkage')).toMatchObject({ depth: 3, sign: -1 });
    expect(steps.get('handle_time')?.path.map((e) => `${e.from}→${e.to}`)).toEqual([
      'handle_time→workload',
      'workload→occupancy',
      'occupancy→service_level',
    ]);
  });

  it('visits each node once despite the cycles, never the start, and respects the depth limit', () => {
    const all = walkUpstream('handle_time');
    expect(new Set(all.map((s) => s.node)).size).toBe(all.length);
    expect(all.map((s) => s.node)).not.toContain('handle_time');
    // occupancy → handle time (R3) closes the loop handle time → workload → occupancy.
    expect(all.find((s) => s.node === 'occupancy')?.depth).toBe(1);
    expect(walkUpstream('handle_time', 1).map((s) => s.node)).toEqual([
      'occupancy',
      'repeat_contacts',
      'self_service',
      'attrition',
      'proficiency',
    ]);
    expect(walkUpstream('volume', 0)).toEqual([]);
  });

  it('has nothing upstream of an unmeasured root driver', () => {
    expect(walkUpstream('chat_concurrency')).toEqual([]);
  });
});
