// An agent's HR history from employee.changed: absences (absent … returned) and employment spells
// (hired … left). Everything here is a function of the sorted history, so a late or out-of-order
// change gives the same answer as the sorted stream.
//
// Headcount assumption: the v1 contract has no initial roster, so an agent counts as employed from
// the first event seen of them (state or HR) or their hire, whichever is earlier, until they leave.
// An open spell is known only up to the agent's latest event: the headcount time in between is
// credited when the next event of the agent arrives.
import type { CounterDelta } from '../counters/kpi-counters';
import type { HrEntry } from './workforce-fact';

/** Tenure within which a leaver counts as early attrition (kpi-catalog K43: ≤ 90 days). */
export const EARLY_LEAVER_MS = 90 * 86_400_000;

const before = (a: HrEntry, b: HrEntry): boolean => a.at < b.at || (a.at === b.at && a.tie < b.tie);

/** The history with `entry` placed in order, or null when it is already there. */
export function insertHrEntry(hr: readonly HrEntry[], entry: HrEntry): { hr: HrEntry[]; index: number } | null {
  let index = hr.length;
  while (index > 0 && before(entry, hr[index - 1] as HrEntry)) {
    index -= 1;
  }
  const previous = hr[index - 1];
  if (previous !== undefined && previous.at === entry.at && previous.tie === entry.tie) {
    return null;
  }
  return { hr: [...hr.slice(0, index), entry, ...hr.slice(index)], index };
}

/** The absence in force at `t`: the latest change at or before it, if that is an `absent`. */
export function absenceAt(hr: readonly HrEntry[], t: number): 'planned' | 'unplanned' | null {
  let latest: HrEntry | undefined;
  for (const entry of hr) {
    if (entry.at > t) {
      break;
    }
    latest = entry;
  }
  return latest?.change === 'absent' ? (latest.absence ?? 'unplanned') : null;
}

export type Range = readonly [number, number];

/** Employed time as sorted, disjoint [from, to) ranges (see the headcount assumption above). */
export function employedRanges(hr: readonly HrEntry[], firstSeen: number | null, seenUntil: number): Range[] {
  const spells = hr.filter((e) => e.change === 'hired' || e.change === 'left');
  const ranges: Range[] = [];
  const push = (from: number, to: number, closedByLeave: boolean): void => {
    const end = closedByLeave ? to : Math.min(to, seenUntil);
    if (end > from) {
      ranges.push([from, end]);
    }
  };
  const first = spells[0];
  if (firstSeen !== null) {
    push(firstSeen, first?.at ?? Number.POSITIVE_INFINITY, first?.change === 'left');
  }
  spells.forEach((entry, i) => {
    const next = spells[i + 1];
    if (entry.change === 'hired') {
      push(entry.at, next?.at ?? Number.POSITIVE_INFINITY, next?.change === 'left');
    }
  });
  return mergeRanges(ranges);
}

/** Leavers, hires and early leavers as counter marks at their moments (a hire's early leaver at the hire). */
export function employmentMarks(hr: readonly HrEntry[]): Array<{ at: number; delta: CounterDelta }> {
  const spells = hr.filter((e) => e.change === 'hired' || e.change === 'left');
  const marks: Array<{ at: number; delta: CounterDelta }> = [];
  spells.forEach((entry, i) => {
    const previous = spells[i - 1];
    if (entry.change === 'hired' && previous?.change !== 'hired') {
      marks.push({ at: entry.at, delta: { hires: 1 } });
    }
    // A second `left` without a hire in between ends nothing: it is a correction, not a leaver.
    if (entry.change === 'left' && previous?.change !== 'left') {
      marks.push({ at: entry.at, delta: { leavers: 1, voluntaryLeavers: entry.voluntary === true ? 1 : 0 } });
      if (previous?.change === 'hired' && entry.at - previous.at <= EARLY_LEAVER_MS) {
        marks.push({ at: previous.at, delta: { earlyLeavers: 1 } });
      }
    }
  });
  return marks;
}

/** Where two range sets differ: +1 for time only in `next`, −1 for time only in `previous`. */
export function rangeChanges(previous: readonly Range[], next: readonly Range[]): Array<{ from: number; to: number; sign: 1 | -1 }> {
  const points = [...new Set([...previous, ...next].flat())].sort((a, b) => a - b);
  const changes: Array<{ from: number; to: number; sign: 1 | -1 }> = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const inPrevious = covers(previous, from);
    const inNext = covers(next, from);
    if (inPrevious !== inNext) {
      const sign = inNext ? 1 : -1;
      const last = changes[changes.length - 1];
      if (last !== undefined && last.to === from && last.sign === sign) {
        changes[changes.length - 1] = { from: last.from, to, sign };
      } else {
        changes.push({ from, to, sign });
      }
    }
  }
  return changes;
}

function covers(ranges: readonly Range[], t: number): boolean {
  return ranges.some(([from, to]) => from <= t && t < to);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) {
      last[1] = Math.max(last[1], to);
    } else {
      merged.push([from, to]);
    }
  }
  return merged;
}
