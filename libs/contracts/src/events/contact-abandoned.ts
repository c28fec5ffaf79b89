// The customer leaves the queue before an agent answers.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, channel, contactId, customerId, queueId, seconds, teamId } from '../fields';
import { KPI } from '../kpis';

export const contactAbandoned = defineEvent({
  name: 'contact.abandoned',
  summary:
    'The customer left the queue before an agent answered (hung up, closed the chat). `time` is the moment the customer left. A customer who accepts a callback offer instead of waiting is reported here with `callbackRequested: true`.',
  usedBy: [KPI.serviceLevel, KPI.abandonmentRate, KPI.timeToAbandon, KPI.callbackKeptRate],
  properties: {
    contactId: contactId(),
    queueId: queueId(),
    channel: channel(),
    customerId: customerId(),
    teamId: Type.Optional(teamId('Team that owns the queue, where known.')),
    agentId: Type.Optional(agentId('Agent the contact was ringing at when the customer left, if any.')),
    waitSeconds: seconds(
      'Time from the offer to this queue until the customer left. Short abandons (e.g. under 5 s) are filtered by the KPIs, not here.',
    ),
    callbackRequested: Type.Optional(
      Type.Boolean({
        description:
          'True when the customer left by accepting a callback offer (virtual hold): not counted as abandoned, but as a callback promise.',
      }),
    ),
  },
  example: {
    id: '0b6e2d7a-8f3c-4c55-b1d2-7e4f9a0c1e11',
    source: '/acd/genesys/eu-1',
    time: '2025-03-03T08:17:45Z',
    data: {
      contactId: 'c-20250303-000131',
      queueId: 'billing-fi',
      channel: 'voice',
      customerId: '+358409876543',
      waitSeconds: 74,
    },
  },
});
