// An IVR or bot session ends, either contained or handed off to an agent queue.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { channel, contactReason, customerId, identifier, queueId, seconds } from '../fields';
import { KPI } from '../kpis';

export const selfserviceCompleted = defineEvent({
  name: 'selfservice.completed',
  summary:
    'A self-service session (IVR for voice, bot for chat/messaging) ended. `time` is the end of the session. Contained does not mean resolved: resolution is verified by the absence of an assisted contact from the same customer afterwards.',
  usedBy: [KPI.containmentRate, KPI.selfServiceResolution, KPI.botHandOffQuality, KPI.assistedContactShare],
  properties: {
    sessionId: identifier('Self-service session identifier.'),
    channel: channel(),
    customerId: Type.Optional(customerId()),
    flowId: Type.Optional(identifier('IVR or bot flow (application) that served the session.')),
    contained: Type.Boolean({ description: 'True when the session ended without a hand-off to an agent.' }),
    queueId: Type.Optional(queueId('Agent queue the session was handed off to, when not contained.')),
    contactReason: Type.Optional(contactReason()),
    contextPassed: Type.Optional(
      Type.Boolean({ description: 'On hand-off: the agent received the session context (no re-authentication or re-explaining needed).' }),
    ),
    durationSeconds: Type.Optional(seconds('Session duration.')),
  },
  example: {
    id: 'ivr-sess-77f1a2b3-end',
    source: '/ivr/genesys/eu-1',
    time: '2025-03-03T08:14:58Z',
    data: {
      sessionId: 'ivr-sess-77f1a2b3',
      channel: 'voice',
      customerId: '+358401234567',
      flowId: 'main-menu-fi',
      contained: false,
      queueId: 'billing-fi',
      contactReason: 'billing.invoice',
      contextPassed: true,
      durationSeconds: 48,
    },
  },
});
