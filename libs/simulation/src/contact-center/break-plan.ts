// Planned breaks of one agent's shift: the team's N short breaks and lunch spread evenly over the
// shift in 15-minute slots (lunch in the middle), staggered per agent so a team never leaves the
// queue all at once. Pure, so the published schedule and the simulated agents use the same plan.
import type { TeamSpec } from '../scenario/scenario-schema';
import type { DayHours } from './scenario-calendar';

const { floor, max, min } = Math;
/** Minutes per planning slot: breaks are multiples of it and the schedule uses it as interval. */
export const SLOT_MINUTES = 15;
const SLOTS_PER_HOUR = 60 / SLOT_MINUTES;
// Agents are staggered over this many slots around each anchor (two hours: -4 to +3 slots), so
// a team's breaks cost a little capacity over a long stretch rather than much at once.
const STAGGER = 8;

/** One planned break, in seconds from the day's local midnight. */
export interface PlannedBreak {
  readonly activity: 'break' | 'lunch';
  readonly start: number;
  readonly end: number;
}

/** The breaks of agent number `agentIndex` of `team` in a shift, in time order (none without a break pattern). */
export function planBreaks(team: TeamSpec, shift: DayHours, agentIndex: number): PlannedBreak[] {
  const pattern = team.breaks;
  if (pattern === undefined) {
    return [];
  }
  const slots = (shift.close - shift.open) * SLOTS_PER_HOUR;
  const lengths: { activity: 'break' | 'lunch'; slots: number }[] = [];
  for (let i = 0; i < pattern.count; i += 1) {
    lengths.push({ activity: 'break', slots: pattern.minutes / SLOT_MINUTES });
  }
  if (pattern.lunchMinutes !== undefined) {
    lengths.splice(floor(lengths.length / 2), 0, { activity: 'lunch', slots: pattern.lunchMinutes / SLOT_MINUTES });
  }
  const stagger = (agentIndex % STAGGER) - floor(STAGGER / 2);
  const planned: PlannedBreak[] = [];
  let free = 1; // the first slot stays on queue: agents log on before their first break
  lengths.forEach((item, i) => {
    const anchor = floor((slots * (i + 1)) / (lengths.length + 1) - item.slots / 2) + stagger;
    const first = max(free, min(anchor, slots - 1 - item.slots));
    // A shift too short for the whole pattern keeps the breaks that fit.
    if (first + item.slots <= slots - 1) {
      const start = shift.open * 3600 + first * SLOT_MINUTES * 60;
      planned.push({ activity: item.activity, start, end: start + item.slots * SLOT_MINUTES * 60 });
      free = first + item.slots + 1;
    }
  });
  return planned;
}
