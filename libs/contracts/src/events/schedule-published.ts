// The WFM system publishes a team's planned activities per agent and interval.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, identifier, intervalMinutes, stringEnum, teamId, timestamp } from '../fields';
import { KPI } from '../kpis';

export const SCHEDULE_ACTIVITIES = [
  'available',
  'break',
  'lunch',
  'meeting',
  'training',
  'coaching',
  'back_office',
  'leave',
  'offline',
] as const;

// 64 KiB per event: about 500 entries of ~100 bytes. Producers split larger plans per team and day.
export const MAX_SCHEDULE_ENTRIES = 500;

export const schedulePublished = defineEvent({
  name: 'schedule.published',
  summary:
    "The WFM system published a team's plan. `time` is the publication moment. It replaces any earlier plan of `teamId` for [`periodStart`, `periodEnd`); an agent interval without an entry is planned `offline`. Producers split big plans per team and day to stay under the size limit.",
  usedBy: [KPI.staffingVariance, KPI.shrinkage, KPI.scheduleAdherence, KPI.scheduleConformance],
  properties: {
    scheduleId: identifier('Schedule (publication) identifier in the WFM system.'),
    teamId: teamId('Team whose plan this is.'),
    periodStart: timestamp('Start of the planned period (inclusive), aligned to an interval boundary.'),
    periodEnd: timestamp('End of the planned period (exclusive).'),
    intervalMinutes: intervalMinutes(),
    entries: Type.Array(
      Type.Object(
        {
          agentId: agentId(),
          intervalStart: timestamp('Start of the interval the activity is planned for.'),
          activity: stringEnum(
            SCHEDULE_ACTIVITIES,
            'Planned activity. `available` = on queue (open for contacts); `break`, `lunch`, `meeting`, `training`, `coaching`, `leave` = planned shrinkage; `back_office` = productive off-queue work; `offline` = not scheduled.',
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: MAX_SCHEDULE_ENTRIES, description: 'Planned activity per agent and interval.' },
    ),
  },
  example: {
    id: 'wfm-pub-2025-03-03-team-north-1',
    source: '/wfm/nice-iex',
    time: '2025-02-27T15:00:00Z',
    data: {
      scheduleId: 'sched-2025w10-north',
      teamId: 'team-north',
      periodStart: '2025-03-03T08:00:00Z',
      periodEnd: '2025-03-03T09:00:00Z',
      intervalMinutes: 30,
      entries: [
        { agentId: 'agent-0042', intervalStart: '2025-03-03T08:00:00Z', activity: 'available' },
        { agentId: 'agent-0042', intervalStart: '2025-03-03T08:30:00Z', activity: 'available' },
        { agentId: 'agent-0043', intervalStart: '2025-03-03T08:00:00Z', activity: 'training' },
        { agentId: 'agent-0043', intervalStart: '2025-03-03T08:30:00Z', activity: 'available' },
      ],
    },
  },
});
