// An HR change of an agent: hires, leavers, absences and skill verification.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, stringEnum, teamId, timestamp } from '../fields';
import { KPI } from '../kpis';

export const EMPLOYEE_CHANGES = [
  'hired',
  'started_production',
  'team_changed',
  'skill_check_passed',
  'skill_check_failed',
  'absent',
  'returned',
  'left',
] as const;
export const SEPARATION_KINDS = ['voluntary', 'involuntary'] as const;
export const ABSENCE_KINDS = ['planned', 'unplanned'] as const;

export const employeeChanged = defineEvent({
  name: 'employee.changed',
  summary:
    'An HR change for an agent. `time` is when it was recorded; `effectiveAt` when it takes effect, if different. `started_production` = first day handling live contacts after training; `absent`/`returned` bracket an absence.',
  usedBy: [KPI.timeToProficiency, KPI.earlyAttrition, KPI.skillVerificationPassRate, KPI.agentAttrition, KPI.absenteeism],
  properties: {
    agentId: agentId(),
    teamId: Type.Optional(teamId('Team of the agent after the change.')),
    change: stringEnum(EMPLOYEE_CHANGES, 'What changed.'),
    effectiveAt: Type.Optional(timestamp('When the change takes effect, if not at `time` (e.g. a leaver registered in advance).')),
    separation: Type.Optional(stringEnum(SEPARATION_KINDS, 'For `left`: who ended the employment.')),
    absence: Type.Optional(stringEnum(ABSENCE_KINDS, 'For `absent`: planned (leave agreed in advance) or unplanned (sickness, no-show).')),
  },
  rules: [
    { kind: 'requiredOnlyWhen', field: 'separation', when: 'change', equals: 'left' },
    { kind: 'requiredOnlyWhen', field: 'absence', when: 'change', equals: 'absent' },
  ],
  example: {
    id: 'hr-2025-03-03-agent-0043-absent',
    source: '/hr/sap-successfactors',
    time: '2025-03-03T07:45:00Z',
    data: {
      agentId: 'agent-0043',
      teamId: 'team-north',
      change: 'absent',
      absence: 'unplanned',
    },
  },
});
