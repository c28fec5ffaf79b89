import { LRUCache } from 'lru-cache';
import {
  COUNTER_NAMES,
  combinedWindowInputs,
  countersFromValues,
  DAY_MS,
  type Dimension,
  emptyWaitSketch,
  mergeWaitSketch,
  type ScopeRow,
  waitSketchFromBytes,
  type WaitSketch,
  type WindowInputs,
  windowInputs,
} from '@vahti/kpi';
import type { CounterSum, KpiReadRepository } from '@vahti/persistence';

export interface DayWindowQuery {
  readonly tenantId: string;
  readonly from: number;
  readonly to: number;
  readonly dimensions: readonly string[];
  readonly queueId?: string;
  readonly channel?: string;
}

/** One drill-down group of a day: its counters as an array in COUNTER_NAMES order (cheap to add). */
interface DayGroup {
  readonly channel: string;
  readonly dimension: string;
  readonly dimensionValue: string;
  readonly values: Float64Array;
}

interface DayEntry {
  readonly stamp: string;
  readonly groups: DayGroup[];
  readonly waits: Map<string, WaitSketch>;
  /** Derived once, when the entry is first part of a window (the groups never change). */
  inputs?: WindowInputs;
  /** For a base entry: the window it makes with its latest newest day. */
  withNewest?: { readonly newest: DayEntry; readonly inputs: WindowInputs };
}

const COUNTER_INDEX = new Map<string, number>(COUNTER_NAMES.map((name, i) => [name, i]));

/**
 * Sums of day aggregates, cached per day and scope and checked against the day's version stamp
 * (bumped in the transaction of every write to that day). A 30-day window then re-reads only the
 * days that changed since the last request — live, that is today — instead of summing 30 days of
 * rows in PostgreSQL on every request. A late event for an older day moves that day's stamp, so a
 * cached day is never served stale. What a window gives is its KPI inputs, combined from the
 * inputs of its older days (built once per set of their stamps) and of its newest day.
 */
export class DaySumsCache {
  private readonly days: LRUCache<string, DayEntry> | null;
  // Merged sums of a window's days but its newest, keyed by their stamps: live, only the newest day
  // (today) changes, so a request adds one day to a cached total instead of merging thirty.
  private readonly bases: LRUCache<string, DayEntry> | null;

  constructor(
    private readonly read: KpiReadRepository,
    maxDays: number,
  ) {
    this.days = maxDays > 0 ? new LRUCache({ max: maxDays }) : null;
    this.bases = maxDays > 0 ? new LRUCache({ max: Math.max(1, Math.ceil(maxDays / 30)) }) : null;
  }

  /** The KPI inputs of every day in [from, to) for a scope. */
  async window(q: DayWindowQuery): Promise<WindowInputs> {
    // Stamps first: a write that lands between the two reads makes the stored stamp older than
    // the sums, so the day is re-read next time, never the other way round.
    const stamps = await this.read.dayVersions(q.tenantId, q.from, q.to);
    const scope = [q.tenantId, q.queueId ?? '', q.channel ?? '', q.dimensions.join(',')].join('\u001f');
    const byDay = new Map<number, DayEntry>();
    const missing: number[] = [];
    for (const [day, stamp] of stamps) {
      const hit = this.days?.get(`${scope}\u001f${day}`);
      if (hit !== undefined && hit.stamp === stamp) {
        byDay.set(day, hit);
      } else {
        missing.push(day);
      }
    }
    if (missing.length > 0) {
      for (const [day, entry] of await this.readDays(q, missing, stamps)) {
        this.days?.set(`${scope}\u001f${day}`, entry);
        byDay.set(day, entry);
      }
    }
    const days = [...byDay.keys()].sort((a, b) => a - b);
    const newest = days.pop();
    if (newest === undefined) {
      return inputsOf(mergeDays([]));
    }
    const baseKey = `${scope}\u001f${days.map((d) => `${d}:${byDay.get(d)?.stamp}`).join(',')}`;
    let base = this.bases?.get(baseKey);
    if (base === undefined) {
      base = mergeDays(days.map((d) => byDay.get(d) as DayEntry));
      this.bases?.set(baseKey, base);
    }
    const last = byDay.get(newest) as DayEntry;
    if (days.length === 0) {
      return inputsOf(last);
    }
    // A window none of whose days moved (the previous window of a comparison) is combined once.
    if (base.withNewest?.newest !== last) {
      base.withNewest = { newest: last, inputs: combinedWindowInputs([inputsOf(base), inputsOf(last)]) };
    }
    return base.withNewest.inputs;
  }

  private async readDays(q: DayWindowQuery, days: readonly number[], stamps: ReadonlyMap<number, string>): Promise<Map<number, DayEntry>> {
    const span = { tenantId: q.tenantId, granularity: 'day', from: Math.min(...days), to: Math.max(...days) + DAY_MS };
    const filter = { ...(q.queueId !== undefined && { queueId: q.queueId }), ...(q.channel !== undefined && { channel: q.channel }) };
    const [sums, sketches] = await Promise.all([
      this.read.sumCounters({ ...span, ...filter, dimensions: q.dimensions, perPeriod: true }),
      this.read.waitSketches({ ...span, ...filter }),
    ]);
    const fresh = new Map<number, DayEntry>(days.map((d) => [d, { stamp: stamps.get(d) ?? '', groups: [], waits: new Map() }]));
    for (const s of sums) {
      fresh.get(s.periodStart ?? Number.NaN)?.groups.push(groupOf(s));
    }
    for (const s of sketches) {
      const entry = fresh.get(s.periodStart);
      if (entry !== undefined) {
        mergeInto(entry.waits, s.channel, waitSketchFromBytes(s.sketch));
      }
    }
    return fresh;
  }
}

// Counters the code no longer knows are dropped, as countersFromJson drops them.
function groupOf(s: CounterSum): DayGroup {
  const values = new Float64Array(COUNTER_NAMES.length);
  for (const name in s.counters) {
    const i = COUNTER_INDEX.get(name);
    if (i !== undefined) {
      values[i] = s.counters[name] ?? 0;
    }
  }
  return { channel: s.channel, dimension: s.dimension, dimensionValue: s.dimensionValue, values };
}

// The groups and waits of several days added up, as one entry (cached ones stay untouched).
function mergeDays(entries: readonly DayEntry[]): DayEntry {
  const totals = new Map<string, DayGroup>();
  for (const entry of entries) {
    for (const g of entry.groups) {
      const key = `${g.channel}\u001f${g.dimension}\u001f${g.dimensionValue}`;
      let total = totals.get(key);
      if (total === undefined) {
        total = { ...g, values: new Float64Array(COUNTER_NAMES.length) };
        totals.set(key, total);
      }
      const into = total.values;
      const from = g.values;
      for (let i = 0; i < from.length; i += 1) {
        into[i] = (into[i] as number) + (from[i] as number);
      }
    }
  }
  const waits = new Map<string, WaitSketch>();
  entries.forEach((entry) => entry.waits.forEach((sketch, channel) => mergeInto(waits, channel, sketch)));
  return { stamp: '', groups: [...totals.values()], waits };
}

// Rows summed over queues (queueId ''); the answer waits go with each channel's `all` row.
function inputsOf(entry: DayEntry): WindowInputs {
  entry.inputs ??= windowInputs(
    entry.groups.map((g): ScopeRow => ({
      queueId: '',
      channel: g.channel,
      dimension: g.dimension as Dimension,
      dimensionValue: g.dimensionValue,
      aggregate: { counters: countersFromValues(g.values), wait: g.dimension === 'all' ? (entry.waits.get(g.channel) ?? null) : null },
    })),
  );
  return entry.inputs;
}

function mergeInto(waits: Map<string, WaitSketch>, channel: string, sketch: WaitSketch): void {
  let merged = waits.get(channel);
  if (merged === undefined) {
    merged = emptyWaitSketch();
    waits.set(channel, merged);
  }
  mergeWaitSketch(merged, sketch);
}
