// A contact enters an agent queue. The denominator of access KPIs, and the actual volume that
// forecasts are measured against.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { channel, contactId, contactReason, customerId, identifier, queueId, teamId, timestamp } from '../fields';
import { KPI } from '../kpis';

export const contactOffered = defineEvent({
  name: 'contact.offered',
  summary:
    'A contact entered an agent queue (after IVR/bot), inbound only in v1. `time` is the moment of the offer. A contact transferred to another queue is offered there again with the same `contactId` and `viaTransfer: true`.',
  usedBy: [
    KPI.serviceLevel,
    KPI.abandonmentRate,
    KPI.respondedWithinSla,
    KPI.backlogAge,
    KPI.callbackKeptRate,
    KPI.volumeForecastAccuracy,
    KPI.selfServiceResolution,
  ],
  properties: {
    contactId: contactId(),
    queueId: queueId(),
    channel: channel(),
    customerId: customerId(),
    teamId: Type.Optional(teamId('Team that owns the queue, where the routing system knows it.')),
    contactReason: Type.Optional(contactReason()),
    viaTransfer: Type.Optional(
      Type.Boolean({
        description: 'True when this offer is the result of a transfer from another queue; volume KPIs count only first offers.',
      }),
    ),
    callbackDueAt: Type.Optional(timestamp('For channel `callback`: the time by which the centre promised to call the customer back.')),
    originalContactId: Type.Optional(
      identifier('For channel `callback`: the contact in which the customer asked for the callback, if any.'),
    ),
  },
  rules: [{ kind: 'requiredOnlyWhen', field: 'callbackDueAt', when: 'channel', equals: 'callback' }],
  example: {
    id: '5d0f7c8e-4b1a-4f4e-9a57-0c9e1b7a3d01',
    source: '/acd/genesys/eu-1',
    time: '2025-03-03T08:15:04Z',
    data: {
      contactId: 'c-20250303-000123',
      queueId: 'billing-fi',
      channel: 'voice',
      customerId: '+358401234567',
      contactReason: 'billing.invoice',
    },
  },
});
