// A contact moves from one queue or agent to another.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, channel, contactId, customerId, queueId, stringEnum, teamId } from '../fields';
import { KPI } from '../kpis';
import { EXAMPLE_ANSWERED_CONTACT } from './example-contact';

export const TRANSFER_KINDS = ['warm', 'cold'] as const;

export const contactTransferred = defineEvent({
  name: 'contact.transferred',
  summary:
    'A contact was transferred away from `queueId` (and its agent). `time` is the moment of the transfer. When the target is a monitored queue, that queue emits its own `contact.offered` with the same `contactId`.',
  usedBy: [KPI.transferRate, KPI.escalationRate],
  properties: {
    contactId: contactId(),
    queueId: queueId('Queue the contact is transferred from (it keeps events of one contact on one Kafka partition).'),
    channel: channel(),
    customerId: customerId(),
    agentId: Type.Optional(agentId('Agent who transferred the contact; absent for transfers made by routing (e.g. overflow).')),
    teamId: Type.Optional(teamId()),
    toQueueId: Type.Optional(
      queueId('Queue the contact is transferred to; absent for transfers to an agent directly or to an external number.'),
    ),
    toAgentId: Type.Optional(agentId('Agent the contact is transferred to, for direct agent-to-agent transfers.')),
    transferKind: Type.Optional(
      stringEnum(
        TRANSFER_KINDS,
        '`warm` = consulted/announced hand-over, `cold` = blind transfer. Absent when the ACD does not report it.',
      ),
    ),
    escalation: Type.Optional(
      Type.Boolean({ description: 'True when the transfer escalates the contact (tier 2, supervisor, back office).' }),
    ),
  },
  example: {
    id: 'f1c2d3e4-0a1b-4c2d-8e3f-9a0b1c2d3e41',
    source: '/acd/genesys/eu-1',
    time: '2025-03-03T08:19:02Z',
    data: {
      ...EXAMPLE_ANSWERED_CONTACT,
      toQueueId: 'billing-tier2',
      transferKind: 'warm',
      escalation: true,
    },
  },
});
