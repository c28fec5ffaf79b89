// Builders for the hand-computed workforce scenarios: schedules, agent states and HR changes of
// one tenant on 2025-03-03, with times written as hh:mm:ss.
import type { VahtiEvent } from '@vahti/contracts';
import { createEventFactory } from '@vahti/testing';

export const DAY = '2025-03-03';
/** An hh:mm:ss on the scenario day; a full RFC 3339 time is passed through. */
export const at = (time: string): string => (time.includes('T') ? time : `${DAY}T${time}Z`);

type Activity = 'available' | 'break' | 'lunch' | 'meeting' | 'training' | 'coaching' | 'back_office' | 'leave' | 'offline';
type State = 'available' | 'busy' | 'wrap_up' | 'aux' | 'offline';

/** Event builders with their own id sequence (`seed`). */
export function workforceEvents(seed: string) {
  const { makeEvent } = createEventFactory({ tenantid: 'acme', seed });
  return {
    /** A 15-minute plan for `agents` from `from`, one activity per interval. */
    schedule: (team: string, from: string, plans: Record<string, Activity[]>, publishedAt = '06:00:00'): VahtiEvent => {
      const start = Date.parse(at(from));
      const length = Math.max(...Object.values(plans).map((p) => p.length));
      return makeEvent('io.vahti.schedule.published.v1', {
        time: at(publishedAt),
        data: {
          scheduleId: `${team}-${publishedAt}`,
          teamId: team,
          periodStart: new Date(start).toISOString(),
          periodEnd: new Date(start + length * 900_000).toISOString(),
          intervalMinutes: 15,
          entries: Object.entries(plans).flatMap(([agentId, activities]) =>
            activities.map((activity, i) => ({ agentId, intervalStart: new Date(start + i * 900_000).toISOString(), activity })),
          ),
        },
      });
    },
    state: (agentId: string, time: string, state: State): VahtiEvent =>
      makeEvent('io.vahti.agent.state_changed.v1', {
        time: at(time),
        data: { agentId, teamId: 'team-north', state, auxReason: state === 'aux' ? 'personal' : undefined, contactId: undefined },
      }),
    hr: (
      agentId: string,
      time: string,
      change: 'hired' | 'left' | 'absent' | 'returned',
      extra: { absence?: 'planned' | 'unplanned'; separation?: 'voluntary' | 'involuntary'; effectiveAt?: string } = {},
    ): VahtiEvent =>
      makeEvent('io.vahti.employee.changed.v1', {
        time: at(time),
        data: {
          agentId,
          teamId: 'team-north',
          change,
          absence: extra.absence,
          separation: extra.separation,
          effectiveAt: extra.effectiveAt,
        },
      }),
  };
}
