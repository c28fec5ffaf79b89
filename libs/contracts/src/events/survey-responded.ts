// A customer answers the post-contact survey.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, channel, contactId, customerId, queueId, teamId } from '../fields';
import { UNIT_KEYWORD } from '../annotations';
import { KPI } from '../kpis';
import { EXAMPLE_ANSWERED_CONTACT } from './example-contact';

export const surveyResponded = defineEvent({
  name: 'survey.responded',
  summary:
    'A customer answered a post-contact (transactional) survey. `time` is when the response was submitted. Scales are fixed so scores stay comparable: CSAT 1–5, CES 2.0 1–7, NPS 0–10.',
  usedBy: [KPI.firstContactResolution, KPI.csat, KPI.ces, KPI.tnps, KPI.surveyResponseRate],
  properties: {
    contactId: contactId(),
    queueId: Type.Optional(queueId('Queue that handled the surveyed contact, where known.')),
    channel: Type.Optional(channel()),
    customerId: Type.Optional(customerId()),
    agentId: Type.Optional(agentId('Agent who handled the surveyed contact, where known.')),
    teamId: Type.Optional(teamId()),
    csat: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 5,
        [UNIT_KEYWORD]: 'points',
        description: 'Satisfaction, 1 = very dissatisfied … 5 = very satisfied (top box).',
      }),
    ),
    ces: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 7,
        [UNIT_KEYWORD]: 'points',
        description: 'CES 2.0: agreement with "the company made it easy to handle my issue", 1 = strongly disagree … 7 = strongly agree.',
      }),
    ),
    nps: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10,
        [UNIT_KEYWORD]: 'points',
        description: 'Likelihood to recommend, 0–10: 9–10 promoter, 0–6 detractor.',
      }),
    ),
    firstContactResolved: Type.Optional(Type.Boolean({ description: 'Customer says the issue was resolved on this first contact.' })),
  },
  rules: [{ kind: 'atLeastOneOf', fields: ['csat', 'ces', 'nps'] }],
  example: {
    id: 'a7e3c1f0-2b4d-4e6f-8a9b-0c1d2e3f4a51',
    source: '/survey/questback',
    time: '2025-03-03T08:31:40Z',
    data: {
      ...EXAMPLE_ANSWERED_CONTACT,
      csat: 5,
      ces: 6,
      nps: 9,
      firstContactResolved: true,
    },
  },
});
