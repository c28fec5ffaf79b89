// The test oracle's workforce part: schedule, adherence, shrinkage, absence and employment counters
// computed from the complete event list, second by second where time matters, without the
// incremental machinery (workforce-fact.ts and friends). Written from the rules in their comments.
import type { VahtiEvent } from '@vahti/contracts';
import { ADHERENCE_GRACE_MS, INTERVAL_MS, type KpiCounters, tieKey } from '@vahti/kpi';

type Add = (ms: number, name: keyof KpiCounters, value: number) => void;
type Activity = string;

const MAX_ON_QUEUE_MS = 12 * 3_600_000;
const EARLY_MS = 90 * 86_400_000;
const ON_QUEUE = new Set(['available', 'busy', 'wrap_up']);
const sortKey = <T extends { at: number; tie: string }>(a: T, b: T): number => a.at - b.at || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0);

interface Plan {
  activity: Activity;
  published: number;
  id: string;
}

interface Agent {
  states: Array<{ at: number; tie: string; state: string }>;
  hr: Array<{ at: number; tie: string; change: string; absence?: string; voluntary: boolean }>;
  seen: number[];
  hrTimes: number[];
  // slot start → team → latest plan of that team
  plans: Map<number, Map<string, Plan>>;
}

/** Adds every workforce counter of `events` to the tenant-level rows through `add`. */
export function addWorkforceCounters(events: readonly VahtiEvent[], add: Add, coverEnd: number): void {
  const agents = new Map<string, Agent>();
  const agent = (id: string): Agent => {
    let a = agents.get(id);
    if (a === undefined) {
      a = { states: [], hr: [], seen: [], hrTimes: [], plans: new Map() };
      agents.set(id, a);
    }
    return a;
  };
  for (const e of events) {
    if (e.type === 'io.vahti.agent.state_changed.v1') {
      const at = Date.parse(e.time);
      agent(e.data.agentId).states.push({ at, tie: tieKey(e.source, e.id), state: e.data.state });
      agent(e.data.agentId).seen.push(at);
    } else if (e.type === 'io.vahti.employee.changed.v1') {
      const d = e.data;
      const at = Date.parse(d.effectiveAt ?? e.time);
      const a = agent(d.agentId);
      a.seen.push(at);
      a.hrTimes.push(at);
      if (['hired', 'left', 'absent', 'returned'].includes(d.change)) {
        a.hr.push({ at, tie: tieKey(e.source, e.id), change: d.change, absence: d.absence, voluntary: d.separation === 'voluntary' });
      }
    } else if (e.type === 'io.vahti.schedule.published.v1') {
      const d = e.data;
      const published = Date.parse(e.time);
      const step = d.intervalMinutes * 60_000;
      for (const agentId of new Set(d.entries.map((x) => x.agentId))) {
        const a = agent(agentId);
        for (let s = Date.parse(d.periodStart); s < Date.parse(d.periodEnd); s += INTERVAL_MS) {
          const entry = d.entries.find(
            (x) => x.agentId === agentId && Date.parse(x.intervalStart) <= s && s < Date.parse(x.intervalStart) + step,
          );
          const teams = a.plans.get(s) ?? new Map<string, Plan>();
          const current = teams.get(d.teamId);
          if (current === undefined || published > current.published || (published === current.published && e.id > current.id)) {
            teams.set(d.teamId, { activity: entry?.activity ?? 'offline', published, id: e.id });
          }
          a.plans.set(s, teams);
        }
      }
    }
  }
  for (const a of agents.values()) {
    a.states.sort(sortKey);
    a.hr.sort(sortKey);
    addSlots(a, add, coverEnd);
    addEmployment(a, add);
  }
}

function planned(a: Agent, s: number): Activity {
  let best: Plan | undefined;
  for (const p of a.plans.get(s)?.values() ?? []) {
    if (
      p.activity !== 'offline' &&
      (best === undefined || p.published > best.published || (p.published === best.published && p.id > best.id))
    ) {
      best = p;
    }
  }
  return best?.activity ?? 'offline';
}

// The latest state is observed up to `coverEnd` (at most 12 h), like the ones before it.
function addSlots(a: Agent, add: Add, coverEnd: number): void {
  const first = a.states[0]?.at ?? Infinity;
  const latest = a.states[a.states.length - 1]?.at ?? -Infinity;
  const last = Math.max(latest, Math.min(coverEnd, latest + 12 * 3_600_000));
  for (const s of a.plans.keys()) {
    const activity = planned(a, s);
    if (activity === 'offline') {
      continue;
    }
    const previous = planned(a, s - INTERVAL_MS);
    const next = planned(a, s + INTERVAL_MS);
    let k = -1;
    for (let t = s; t < s + INTERVAL_MS; t += 1000) {
      while (k + 1 < a.states.length && (a.states[k + 1] as Agent['states'][number]).at <= t) {
        k += 1;
      }
      const state = t >= first && t < last ? a.states[k] : undefined;
      const lastHr = a.hr.filter((h) => h.at <= t).pop();
      const absence = lastHr?.change === 'absent' ? (lastHr.absence ?? 'unplanned') : null;
      if (state === undefined && absence === null) {
        continue;
      }
      const onQueue = state !== undefined && ON_QUEUE.has(state.state) && t < state.at + MAX_ON_QUEUE_MS;
      const leave = !onQueue && (activity === 'leave' || absence === 'planned');
      add(s, 'scheduledSeconds', 1);
      if (onQueue) {
        add(s, 'onQueueScheduledSeconds', 1);
      } else {
        add(s, 'unplannedAbsenceSeconds', absence === 'unplanned' && activity !== 'leave' ? 1 : 0);
        add(s, 'leaveSeconds', leave ? 1 : 0);
        add(s, activity !== 'available' || absence === 'planned' ? 'plannedShrinkageSeconds' : 'unplannedShrinkageSeconds', 1);
      }
      const adheres = (x: Activity): boolean => (x === 'available' ? onQueue : !onQueue && (x === 'leave' || absence === null));
      const grace = t < s + ADHERENCE_GRACE_MS ? previous : t >= s + INTERVAL_MS - ADHERENCE_GRACE_MS ? next : activity;
      add(s, 'adherentSeconds', !leave && (adheres(activity) || adheres(grace)) ? 1 : 0);
    }
  }
}

function addEmployment(a: Agent, add: Add): void {
  if (a.seen.length === 0) {
    return;
  }
  const firstSeen = Math.min(...a.seen);
  const seenUntil = Math.max(a.states[a.states.length - 1]?.at ?? -Infinity, ...a.hrTimes, firstSeen);
  const spells = a.hr.filter((h) => h.change === 'hired' || h.change === 'left');
  const employed = (t: number): boolean => {
    const before = spells.filter((h) => h.at <= t).pop();
    const after = spells.find((h) => h.at > t);
    const inSpell = before === undefined ? t >= firstSeen : before.change === 'hired';
    return inSpell && (t < seenUntil || after?.change === 'left');
  };
  const points = [...new Set([firstSeen, seenUntil, ...spells.map((h) => h.at)])].sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (!employed(from)) {
      continue;
    }
    for (let t = from; t < to;) {
      const boundary = Math.min(to, t - (t % INTERVAL_MS) + INTERVAL_MS);
      add(t, 'employedSeconds', (boundary - t) / 1000);
      t = boundary;
    }
  }
  spells.forEach((h, i) => {
    const previous = spells[i - 1];
    if (h.change === 'hired' && previous?.change !== 'hired') {
      add(h.at, 'hires', 1);
    }
    if (h.change === 'left' && previous?.change !== 'left') {
      add(h.at, 'leavers', 1);
      add(h.at, 'voluntaryLeavers', h.voluntary ? 1 : 0);
      if (previous?.change === 'hired' && h.at - previous.at <= EARLY_MS) {
        add(previous.at, 'earlyLeavers', 1);
      }
    }
  });
}
