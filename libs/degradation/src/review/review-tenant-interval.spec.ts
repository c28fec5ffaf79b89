import { emptyCounters, INTERVAL_MS, type KpiCounters } from '@vahti/kpi';
import type { TenantRow } from '../series/tenant-rows';
import { reviewTenantInterval, type TenantInterval } from './review-tenant-interval';

const WEEK = 7 * 86_400_000;
const NOW = Date.parse('2026-03-04T09:00:00Z');
const counters = (over: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...over });

// A voice queue with 100 counted outcomes an interval: `abandoned` of them abandoned (none within S).
function queueRows(abandoned: number): TenantRow[] {
  const all = counters({ answered: 100 - abandoned, answeredWithinThreshold: 100 - abandoned, abandoned, firstOffers: 100, offers: 100 });
  return [
    { queueId: 'q', channel: 'voice', dimension: 'all', dimensionValue: '', counters: all },
    { queueId: 'q', channel: 'voice', dimension: 'reason', dimensionValue: 'billing', counters: all },
  ];
}

function review(rows: Map<number, TenantRow[]>, at: number, states: TenantInterval['states'] = new Map()) {
  return reviewTenantInterval({
    tenantId: 'acme',
    intervalStart: at,
    rowsAt: (t) => rows.get(t) ?? [],
    states,
    weeks: 4,
    threshold: () => null, // shift detection only
    serviceLevelSeconds: () => 20,
  });
}

describe('reviewTenantInterval', () => {
  // Four weeks of 4 % abandonment in this slot and the one before, then 40 % now.
  const rows = new Map<number, TenantRow[]>();
  for (let week = 1; week <= 4; week += 1) {
    rows.set(NOW - week * WEEK, queueRows(4));
    rows.set(NOW - INTERVAL_MS - week * WEEK, queueRows(4));
  }
  rows.set(NOW - INTERVAL_MS, queueRows(4));
  rows.set(NOW, queueRows(40));

  it('fires a shift on the queue and the tenant total when abandonment jumps tenfold, with labels and states', () => {
    const before = review(rows, NOW - INTERVAL_MS);
    expect(before.signals.filter((s) => s.signal.status === 'firing')).toEqual([]);
    const outcome = review(rows, NOW, before.states);
    const firing = outcome.signals.filter((s) => s.signal.status === 'firing' && s.signal.metric === 'abandonment_rate');
    expect(firing.map((s) => s.series.queueId).sort()).toEqual(['all', 'q']);
    const queue = firing.find((s) => s.series.queueId === 'q');
    expect(queue?.alert?.labels).toMatchObject({
      kpi: 'abandonment_rate',
      queue: 'q',
      channel: 'voice',
      detector: 'shift',
      alertname: 'KpiShift',
    });
    expect(queue?.alert?.status).toBe('firing');
    expect(queue?.alert?.at).toBe(NOW + INTERVAL_MS);
    expect(queue?.alert?.value?.observed).toBeCloseTo(0.4, 5);
    // States are kept per series and metric, and the interval is not evaluated twice.
    expect(outcome.states.get('q\u001fvoice')?.get('abandonment_rate')?.lastIntervalStart).toBe(NOW);
    expect(review(rows, NOW, outcome.states).signals).toEqual([]);
  });

  it('steps a series that has state but no rows, so that its alert can end', () => {
    const first = review(rows, NOW);
    const quiet = review(new Map(), NOW + INTERVAL_MS, first.states);
    expect([...quiet.states.keys()].sort()).toEqual([...first.states.keys()].sort());
  });
});
