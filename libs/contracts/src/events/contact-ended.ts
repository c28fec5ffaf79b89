// A handled contact is finished, including its after-contact work: the source of handle time
// and of the agent's coding of the contact.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, channel, code, contactId, contactReason, count, customerId, queueId, seconds, teamId } from '../fields';
import { KPI } from '../kpis';
import { EXAMPLE_ANSWERED_CONTACT } from './example-contact';

export const contactEnded = defineEvent({
  name: 'contact.ended',
  summary:
    'An answered contact is finished in `queueId`, after-contact work (wrap-up) included. `time` is the end of wrap-up. Handle time = `talkSeconds` + `holdSeconds` + `wrapUpSeconds`. One per answered leg: a contact transferred after answering gets one `contact.ended` per queue that handled it (same `contactId`). Abandoned contacts have none.',
  usedBy: [
    KPI.repeatContactRate,
    KPI.transferRate,
    KPI.escalationRate,
    KPI.averageHandleTime,
    KPI.holdRate,
    KPI.acwShare,
    KPI.complaintRate,
    KPI.contactsPerCustomer,
    KPI.avoidableContactShare,
    KPI.ahtForecastAccuracy,
    KPI.dataCompleteness,
  ],
  properties: {
    contactId: contactId(),
    queueId: queueId('Queue in which the contact was handled.'),
    channel: channel(),
    customerId: customerId(),
    agentId: agentId('Agent who handled the contact.'),
    teamId: Type.Optional(teamId()),
    talkSeconds: seconds('Time connected with the customer, hold excluded (chat: session time with the agent).'),
    holdSeconds: seconds('Total time the customer was on hold during the contact.'),
    wrapUpSeconds: seconds('After-contact work (ACW) time.'),
    holdCount: Type.Optional(count('Number of hold segments during the contact.', 1000, 'holds')),
    contactReason: Type.Optional(contactReason()),
    disposition: Type.Optional(
      code('Outcome code the agent selected (tenant-defined, e.g. `resolved`, `follow_up`). Absent when the agent recorded none.'),
    ),
    resolved: Type.Optional(
      Type.Boolean({ description: 'Agent-reported: the issue was resolved in this contact. Absent when not recorded.' }),
    ),
    escalated: Type.Optional(
      Type.Boolean({ description: 'The contact was escalated (tier 2, supervisor, back office) during or after handling.' }),
    ),
  },
  example: {
    id: '5d0f7c8e-4b1a-4f4e-9a57-0c9e1b7a3d03',
    source: '/acd/genesys/eu-1',
    time: '2025-03-03T08:24:10Z',
    data: {
      ...EXAMPLE_ANSWERED_CONTACT,
      talkSeconds: 412,
      holdSeconds: 35,
      wrapUpSeconds: 61,
      holdCount: 1,
      contactReason: 'billing.invoice',
      disposition: 'resolved',
      resolved: true,
    },
  },
});
