import { DEFAULT_REPEAT_WINDOW_HOURS, parseAggregateKey, type CustomerTimeline } from '@vahti/kpi';
import { insertCustomerContact } from '../../src/apply/customer-timeline';
import { coverLatestState, insertAgentState, MAX_SEGMENT_MS, type AgentTimeline } from '../../src/apply/agent-timeline';
import { applyBatch, newState } from '../support/evaluate-events';
import { workforceEvents } from '../support/workforce-events';

const scope = { tenantId: 't', queueId: 'q', channel: 'voice' };
const H = 3_600_000;
const W = DEFAULT_REPEAT_WINDOW_HOURS * H;
const windows = { of: () => W, maxMs: W };

describe('customer timeline', () => {
  it('a late contact is a repeat of the one before it and makes the next one a repeat', () => {
    let t: CustomerTimeline | undefined;
    const insert = (at: number, contactId: string) => {
      const result = insertCustomerContact(t, { at, contactId, scope }, windows);
      if (result.kind === 'inserted') {
        t = result.timeline;
        return result.repeats.map((r) => r.at);
      }
      return result.kind;
    };
    expect(insert(0, 'a')).toEqual([]);
    expect(insert(10 * 24 * H, 'c')).toEqual([]); // 10 days later: not a repeat
    expect(insert(5 * 24 * H, 'b')).toEqual([5 * 24 * H, 10 * 24 * H]); // b repeats a; c now repeats b
    expect(insert(6 * 24 * H, 'd')).toEqual([6 * 24 * H]); // d repeats b; c already was a repeat
    expect(insert(6 * 24 * H, 'd')).toBe('duplicate');
  });

  it('refuses contacts older than its pruned horizon instead of misclassifying them', () => {
    let t: CustomerTimeline | undefined;
    for (const day of [0, 20, 40]) {
      const result = insertCustomerContact(t, { at: day * 24 * H, contactId: `x${day}`, scope }, windows);
      t = result.kind === 'inserted' ? result.timeline : t;
    }
    expect(t?.contacts.map((c) => c.contactId)).toEqual(['x40']);
    // x20 was dropped: anything within W after it could have been its repeat.
    expect(insertCustomerContact(t, { at: 25 * 24 * H, contactId: 'late', scope }, windows).kind).toBe('too_late');
    expect(insertCustomerContact(t, { at: 28 * 24 * H, contactId: 'late', scope }, windows).kind).toBe('inserted');
  });

  it('judges each contact by the window of its own queue and channel', () => {
    const vip = { ...scope, queueId: 'vip' };
    // vip contacts repeat within 1 day, others within 7.
    const perQueue = { of: (s: { queueId: string }) => (s.queueId === 'vip' ? 24 * H : W), maxMs: W };
    let t: CustomerTimeline | undefined;
    const insert = (at: number, contactId: string, where = scope) => {
      const result = insertCustomerContact(t, { at, contactId, scope: where }, perQueue);
      t = result.kind === 'inserted' ? result.timeline : t;
      return result.kind === 'inserted' ? result.repeats.map((r) => r.scope.queueId) : result.kind;
    };
    expect(insert(0, 'a')).toEqual([]);
    expect(insert(2 * 24 * H, 'b', vip)).toEqual([]); // 2 days after a: outside vip's 1-day window
    expect(insert(3 * 24 * H, 'c')).toEqual(['q']); // 1 day after b: inside the 7-day window of c's queue
    // A late contact 12 h before b makes b a repeat (inside vip's window) and is itself a repeat of a.
    expect(insert(36 * H, 'late')).toEqual(['q', 'vip']);
  });
});

describe('agent timeline', () => {
  it('an out-of-order state splits the segment it falls into', () => {
    const first = insertAgentState(undefined, { at: 0, tie: '1', state: 'available' });
    const second = first.kind === 'inserted' ? insertAgentState(first.timeline, { at: 600_000, tie: '2', state: 'offline' }) : first;
    expect(second.kind === 'inserted' && second.added).toEqual([{ from: 0, to: 600_000, state: 'available' }]);
    const late = second.kind === 'inserted' ? insertAgentState(second.timeline, { at: 120_000, tie: '3', state: 'busy' }) : second;
    expect(late).toMatchObject({
      kind: 'inserted',
      removed: [{ from: 0, to: 600_000, state: 'available' }],
      added: [
        { from: 0, to: 120_000, state: 'available' },
        { from: 120_000, to: 600_000, state: 'busy' },
      ],
    });
    expect(late.kind === 'inserted' && insertAgentState(late.timeline, { at: 120_000, tie: '3', state: 'busy' }).kind).toBe('duplicate');
  });

  it('counts the latest state up to its provisional end, and the next state takes that end back', () => {
    const M = 60_000;
    const inserted = (t: AgentTimeline | undefined, at: number, tie: string, state: 'available' | 'aux' | 'busy') => {
      const r = insertAgentState(t, { at, tie, state });
      if (r.kind !== 'inserted') {
        throw new Error(r.kind);
      }
      return r;
    };
    const aux = inserted(inserted(undefined, 0, '1', 'available').timeline, 5 * M, '2', 'aux');
    const covered = coverLatestState(aux.timeline, 15 * M);
    expect(covered).toMatchObject({ removed: [], added: [{ from: 5 * M, to: 15 * M, state: 'aux' }], timeline: { coveredUntil: 15 * M } });
    expect(coverLatestState(covered!.timeline, 15 * M)).toBeNull();
    // Further: the provisional part is taken back whole and counted again to the new end.
    expect(coverLatestState(covered!.timeline, 30 * M)).toMatchObject({
      removed: [{ from: 5 * M, to: 15 * M, state: 'aux' }],
      added: [{ from: 5 * M, to: 30 * M, state: 'aux' }],
    });
    // The next state after the end: the aux is counted to it, and the new state starts uncounted.
    const after = inserted(covered!.timeline, 40 * M, '3', 'available');
    expect([after.removed, after.added, after.timeline.coveredUntil]).toEqual([
      [{ from: 5 * M, to: 15 * M, state: 'aux' }],
      [{ from: 5 * M, to: 40 * M, state: 'aux' }],
      undefined,
    ]);
    // A state that began before the end takes over the rest of it.
    const before = inserted(covered!.timeline, 10 * M, '4', 'busy');
    expect([before.removed, before.added, before.timeline.coveredUntil]).toEqual([
      [{ from: 5 * M, to: 15 * M, state: 'aux' }],
      [
        { from: 5 * M, to: 10 * M, state: 'aux' },
        { from: 10 * M, to: 15 * M, state: 'busy' },
      ],
      15 * M,
    ]);
    // Never more than the 12 h cap.
    expect(coverLatestState(aux.timeline, 20 * H)?.added).toEqual([{ from: 5 * M, to: 5 * M + MAX_SEGMENT_MS, state: 'aux' }]);
  });

  it('shows an agent still in aux in the interval that just closed, and in schedule adherence', () => {
    const w = workforceEvents('cover');
    const state = newState();
    applyBatch(state, [
      w.schedule('team-north', '2025-03-03T09:00:00Z', { ann: ['available', 'available'] }, '2025-03-03T06:00:00Z'),
      w.state('ann', '2025-03-03T08:58:00Z', 'available'),
      w.state('ann', '2025-03-03T09:00:00Z', 'aux'),
    ]);
    // Another agent's event at 09:16: the 09:00 interval is closed, ann's aux is still open. Ann is
    // the only agent planned: the interval's agent time is hers (60 s adhere: the grace minute
    // after an unplanned slot).
    applyBatch(state, [w.state('bob', '2025-03-03T09:16:00Z', 'available')]);
    const nine = Date.parse('2025-03-03T09:00:00Z');
    const row = (name: 'auxSeconds' | 'adherentSeconds' | 'scheduledSeconds'): number =>
      [...state.rows]
        .map(([k, v]) => ({ key: parseAggregateKey(k), counters: v.counters }))
        .filter(({ key }) => key.granularity === 'interval' && key.periodStart === nine && key.dimension === 'all')
        .reduce((sum, r) => sum + r.counters[name], 0);
    expect([row('auxSeconds'), row('scheduledSeconds'), row('adherentSeconds')]).toEqual([900, 900, 60]);
  });

  it('caps a state held beyond 12 h (a missing logout) in what it counts', async () => {
    const { countedSegment } = await import('../../src/apply/agent-timeline');
    expect(countedSegment({ from: 0, to: 20 * H, state: 'available' })?.to).toBe(MAX_SEGMENT_MS);
    expect(countedSegment({ from: 0, to: H, state: 'offline' })).toBeNull();
  });
});
