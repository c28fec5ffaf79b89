// An agent picks the contact up: the end of the customer's wait in this queue.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, channel, contactId, customerId, queueId, seconds, teamId } from '../fields';
import { KPI } from '../kpis';
import { EXAMPLE_ANSWERED_CONTACT } from './example-contact';

export const contactAnswered = defineEvent({
  name: 'contact.answered',
  summary:
    'An agent answered a queued contact: call connected, first agent message in a chat, first substantive reply to an e-mail (auto-acknowledgements do not count). `time` is the moment of the answer.',
  usedBy: [
    KPI.serviceLevel,
    KPI.averageSpeedOfAnswer,
    KPI.chatWaitTime,
    KPI.firstResponseTime,
    KPI.respondedWithinSla,
    KPI.callbackKeptRate,
    KPI.assistedContactShare,
  ],
  properties: {
    contactId: contactId(),
    queueId: queueId(),
    channel: channel(),
    customerId: customerId(),
    agentId: agentId('Agent who answered.'),
    teamId: Type.Optional(teamId()),
    waitSeconds: seconds('Queue wait: time from the offer to this queue until the answer; IVR/bot time excluded.'),
  },
  example: {
    id: '5d0f7c8e-4b1a-4f4e-9a57-0c9e1b7a3d02',
    source: '/acd/genesys/eu-1',
    time: '2025-03-03T08:15:22Z',
    data: {
      ...EXAMPLE_ANSWERED_CONTACT,
      waitSeconds: 18,
    },
  },
});
