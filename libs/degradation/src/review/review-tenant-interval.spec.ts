import { emptyCounters, INTERVAL_MS, type KpiCounters } from '@vahti/kpi';
import type { TenantRow } from '../series/tenant-rows';
import { MAX_WINDOW_INTERVALS } from '../explain/root-cause-input-of';
import { reviewPeriods, reviewTenantInterval, type TenantInterval } from './review-tenant-interval';

const WEEK = 7 * 86_400_000;
const NOW = Date.parse('2026-03-04T09:00:00Z');
const counters = (over: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...over });

// A voice queue with 100 handled contacts an interval: `transferred` of them transferred.
function queueRows(transferred: number): TenantRow[] {
  const all = counters({
    answered: 100,
    answeredWithinThreshold: 100,
    handled: 100,
    transfers: transferred,
    firstOffers: 100,
    offers: 100,
  });
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
  // Four weeks of 4 % transfers in this slot and the one before, then 40 % now.
  const rows = new Map<number, TenantRow[]>();
  for (let week = 1; week <= 4; week += 1) {
    rows.set(NOW - week * WEEK, queueRows(4));
    rows.set(NOW - INTERVAL_MS - week * WEEK, queueRows(4));
  }
  rows.set(NOW - INTERVAL_MS, queueRows(4));
  rows.set(NOW, queueRows(40));

  it('fires a shift on the queue and the tenant total when the transfer rate jumps tenfold, with labels and states', () => {
    const before = review(rows, NOW - INTERVAL_MS);
    expect(before.signals.filter((s) => s.signal.status === 'firing')).toEqual([]);
    const outcome = review(rows, NOW, before.states);
    const firing = outcome.signals.filter((s) => s.signal.status === 'firing' && s.signal.metric === 'transfer_rate');
    expect(firing.map((s) => s.series.queueId).sort()).toEqual(['all', 'q']);
    const queue = firing.find((s) => s.series.queueId === 'q');
    expect(queue?.alert?.labels).toMatchObject({
      kpi: 'transfer_rate',
      queue: 'q',
      channel: 'voice',
      detector: 'shift',
      alertname: 'KpiShift',
    });
    expect(queue?.alert?.status).toBe('firing');
    expect(queue?.alert?.at).toBe(NOW + INTERVAL_MS);
    expect(queue?.alert?.value?.observed).toBeCloseTo(0.4, 5);
    // States are kept per series and metric, and the interval is not evaluated twice.
    expect(outcome.states.get('q\u001fvoice')?.get('transfer_rate')?.lastIntervalStart).toBe(NOW);
    expect(review(rows, NOW, outcome.states).signals).toEqual([]);
  });

  it('steps a series that has state but no rows, so that its alert can end', () => {
    const first = review(rows, NOW);
    const quiet = review(new Map(), NOW + INTERVAL_MS, first.states);
    expect([...quiet.states.keys()].sort()).toEqual([...first.states.keys()].sort());
  });
});

describe('reviewTenantInterval: the rows it reads', () => {
  it('reads the neighbouring slots of past weeks, all within reviewPeriods', () => {
    const read = new Set<number>();
    const rowsAt = (t: number): TenantRow[] => {
      read.add(t);
      return queueRows(4);
    };
    reviewTenantInterval({
      tenantId: 'acme',
      intervalStart: NOW,
      rowsAt,
      states: new Map(),
      weeks: 4,
      threshold: () => null,
      serviceLevelSeconds: () => 20,
    });
    // Neighbours ±2 of the same slot a week ago (the level comes from the same slot, the dispersion from all five).
    for (const offset of [-2, -1, 0, 1, 2]) {
      expect(read.has(NOW - WEEK + offset * INTERVAL_MS)).toBe(true);
    }
    // A storage-backed caller that loads reviewPeriods has every row the review read.
    const periods = new Set(reviewPeriods(NOW, 4, MAX_WINDOW_INTERVALS));
    expect([...read].filter((t) => !periods.has(t))).toEqual([]);
    expect(periods.has(NOW + INTERVAL_MS)).toBe(false);
  });
});

describe('reviewTenantInterval: offered volume', () => {
  it('ranks the causes of an offered-volume shift (no KPI of its own) by its components', () => {
    // 30 first offers in the slot in each of four weeks, 90 now: Poisson LLR at λ1 = 1.3·30 is
    // 90·ln 1.3 − 9 = 14.6, / (1 + (π/2)/4) = 10.5 > 9 → fires; all of the rise is new demand.
    const offered = (n: number): TenantRow[] => [
      { queueId: 'q', channel: 'voice', dimension: 'all', dimensionValue: '', counters: counters({ firstOffers: n, offers: n }) },
    ];
    const rows = new Map<number, TenantRow[]>([1, 2, 3, 4].map((week) => [NOW - week * WEEK, offered(30)]));
    rows.set(NOW, offered(90));
    const firing = review(rows, NOW).signals.find((s) => s.signal.metric === 'offered_volume' && s.series.queueId === 'q');
    expect(firing?.signal.status).toBe('firing');
    expect(firing?.candidates[0]).toMatchObject({ factor: 'volume', contribution: 1 });
    expect(firing?.candidates[0]?.summary).toBe('New contacts offered rose from 30 contacts to 90 contacts (+200 %).');
  });
});
