// An agent changes state in the ACD; consecutive events per agent give time in each state.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, code, contactId, stringEnum, teamId } from '../fields';
import { KPI } from '../kpis';

export const AGENT_STATES = ['available', 'busy', 'wrap_up', 'aux', 'offline'] as const;

export const agentStateChanged = defineEvent({
  name: 'agent.state_changed',
  summary:
    'An agent entered a new state. `time` is when the state began; it lasts until the next `agent.state_changed` of the same agent. States: `available` = ready and idle, `busy` = handling a contact (talk and hold), `wrap_up` = after-contact work, `aux` = not ready for a reason, `offline` = logged out.',
  usedBy: [KPI.shrinkage, KPI.scheduleAdherence, KPI.scheduleConformance, KPI.occupancy, KPI.utilisation],
  properties: {
    agentId: agentId(),
    teamId: Type.Optional(teamId()),
    state: stringEnum(AGENT_STATES, 'The state the agent entered.'),
    auxReason: Type.Optional(code('Not-ready reason name from the ACD (e.g. `break`, `lunch`, `training`, `coaching`, `system_issue`).')),
    contactId: Type.Optional(contactId()),
  },
  rules: [{ kind: 'requiredOnlyWhen', field: 'auxReason', when: 'state', equals: 'aux' }],
  example: {
    id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c71',
    source: '/acd/genesys/eu-1',
    time: '2025-03-03T10:00:00Z',
    data: {
      agentId: 'agent-0042',
      teamId: 'team-north',
      state: 'aux',
      auxReason: 'break',
    },
  },
});
