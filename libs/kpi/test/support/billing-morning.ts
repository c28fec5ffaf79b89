// A hand-built morning on one voice queue, small enough to compute every KPI by hand. The
// expected values are in the scenario specs, each with its arithmetic.
import type { VahtiEvent } from '@vahti/contracts';
import { createEventFactory } from '@vahti/testing';

export const TENANT = 'acme';
export const DAY = '2025-03-03';
export const at = (hhmmss: string): string => `${DAY}T${hhmmss}Z`;

/** Events of the morning; order is irrelevant to the results (the property spec checks that). */
export function billingMorning(): VahtiEvent[] {
  const { makeEvent } = createEventFactory({ tenantid: TENANT, seed: 'bm' });
  const contact = { queueId: 'billing', channel: 'voice' as const, teamId: 'team-north' };
  const offered = (id: string, time: string, customerId: string, extra: Record<string, unknown> = {}): VahtiEvent =>
    makeEvent('io.vahti.contact.offered.v1', { time: at(time), data: { ...contact, contactId: id, customerId, ...extra } });
  const answered = (id: string, time: string, waitSeconds: number, agentId = 'agent-1'): VahtiEvent =>
    makeEvent('io.vahti.contact.answered.v1', {
      time: at(time),
      data: { ...contact, contactId: id, customerId: `cust-${id}`, agentId, waitSeconds },
    });
  const abandoned = (id: string, time: string, waitSeconds: number, callbackRequested?: boolean): VahtiEvent =>
    makeEvent('io.vahti.contact.abandoned.v1', {
      time: at(time),
      data: { ...contact, contactId: id, customerId: `cust-${id}`, waitSeconds, agentId: undefined, callbackRequested },
    });
  const ended = (id: string, time: string, talk: number, hold: number, wrap: number, extra: Record<string, unknown>): VahtiEvent =>
    makeEvent('io.vahti.contact.ended.v1', {
      time: at(time),
      data: {
        ...contact,
        contactId: id,
        customerId: `cust-${id}`,
        agentId: 'agent-1',
        talkSeconds: talk,
        holdSeconds: hold,
        wrapUpSeconds: wrap,
        holdCount: undefined,
        contactReason: undefined,
        disposition: undefined,
        resolved: undefined,
        ...extra,
      },
    });
  const survey = (id: string, time: string, answers: Record<string, unknown>): VahtiEvent =>
    makeEvent('io.vahti.survey.responded.v1', {
      time: at(time),
      data: {
        ...contact,
        contactId: id,
        customerId: `cust-${id}`,
        agentId: 'agent-1',
        csat: undefined,
        ces: undefined,
        nps: undefined,
        firstContactResolved: undefined,
        ...answers,
      },
    });
  const qa = (evaluationId: string, time: string, score: number, errors: [number, number, number]): VahtiEvent =>
    makeEvent('io.vahti.qa.evaluated.v1', {
      time: at(time),
      data: {
        evaluationId,
        agentId: 'agent-1',
        teamId: 'team-north',
        queueId: 'billing',
        channel: 'voice',
        score,
        customerCriticalErrors: errors[0],
        businessCriticalErrors: errors[1],
        complianceCriticalErrors: errors[2],
        calibration: undefined,
      },
    });
  const state = (time: string, s: 'available' | 'busy' | 'wrap_up' | 'aux' | 'offline', auxReason?: string): VahtiEvent =>
    makeEvent('io.vahti.agent.state_changed.v1', {
      time: at(time),
      data: { agentId: 'agent-1', teamId: 'team-north', state: s, auxReason, contactId: undefined },
    });
  const selfService = (sessionId: string, contained: boolean, contextPassed?: boolean): VahtiEvent =>
    makeEvent('io.vahti.selfservice.completed.v1', {
      time: at('08:59:00'),
      data: {
        sessionId,
        channel: 'voice',
        contained,
        contextPassed,
        queueId: contained ? undefined : 'billing',
        customerId: undefined,
        contactReason: undefined,
      },
    });
  const forecast = (time: string, kind: 'schedule' | 'intraday', contacts0900: number): VahtiEvent =>
    makeEvent('io.vahti.forecast.published.v1', {
      time: at(time),
      data: {
        queueId: 'billing',
        channel: 'voice',
        kind,
        intervalMinutes: 15,
        intervals: [
          { intervalStart: at('09:00:00'), contacts: contacts0900, ahtSeconds: 300 },
          { intervalStart: at('09:15:00'), contacts: 5, ahtSeconds: 300 },
        ],
      },
    });

  return [
    // Ten contacts start in the queue; c11 arrives by transfer and is not new volume.
    offered('c1', '09:00:00', 'cust-A', { contactReason: 'billing.invoice' }),
    offered('c2', '09:00:30', 'cust-D'),
    offered('c3', '09:01:00', 'cust-C'),
    offered('c4', '09:01:30', 'cust-E'),
    offered('c5', '09:05:00', 'cust-A'), // repeat of c1 (same customer within 7 days)
    offered('c6', '09:05:30', 'cust-F'),
    offered('c7', '09:06:00', 'cust-C'), // repeat of c3
    offered('c8', '09:07:00', 'cust-G'),
    offered('c9', '09:08:00', 'cust-B'),
    offered('c10', '09:09:00', 'cust-H'),
    offered('c11', '09:09:30', 'cust-I', { viaTransfer: true }),
    answered('c1', '09:00:05', 5),
    answered('c2', '09:00:40', 10),
    answered('c3', '09:01:15', 15),
    answered('c4', '09:01:50', 20),
    answered('c5', '09:05:25', 25),
    answered('c6', '09:06:10', 40),
    answered('c7', '09:07:00', 60),
    abandoned('c8', '09:07:03', 3), // a short abandon (<= 5 s): not counted against the queue
    abandoned('c9', '09:08:30', 30),
    abandoned('c10', '09:09:50', 50, true), // accepted a callback: not an abandon
    ended('c1', '09:06:05', 300, 0, 60, { contactReason: 'billing.invoice', resolved: true, disposition: 'resolved' }),
    ended('c2', '09:05:10', 200, 30, 40, { contactReason: 'billing.invoice', resolved: false, holdCount: 1 }),
    ended('c3', '09:09:35', 400, 0, 100, { contactReason: 'billing.refund', resolved: true, escalated: true }),
    ended('c4', '09:04:20', 100, 20, 30, { resolved: true }),
    ended('c5', '09:10:25', 250, 0, 50, { contactReason: 'billing.invoice', resolved: true }),
    ended('c6', '09:13:40', 350, 10, 90, { contactReason: 'billing.refund', resolved: false }),
    makeEvent('io.vahti.contact.transferred.v1', {
      time: at('09:04:00'),
      data: { ...contact, contactId: 'c2', customerId: 'cust-c2', agentId: 'agent-1', toQueueId: 'billing-2', escalation: undefined },
    }),
    survey('c1', '09:07:00', { csat: 5, ces: 7, nps: 10, firstContactResolved: true }),
    survey('c2', '09:07:30', { csat: 4, ces: 3, nps: 9, firstContactResolved: false }),
    survey('c3', '09:11:00', { csat: 2, ces: 5, nps: 6, firstContactResolved: true }),
    survey('c4', '09:12:00', { csat: 5, nps: 8 }),
    qa('e1', '09:10:00', 80, [0, 0, 0]),
    qa('e2', '09:11:00', 60, [1, 0, 0]),
    qa('e3', '09:12:00', 90, [0, 0, 1]),
    qa('e2', '09:14:00', 70, [0, 0, 0]), // correction of e2: replaces it
    state('09:00:00', 'available'),
    state('09:02:00', 'busy'),
    state('09:08:00', 'wrap_up'),
    state('09:10:00', 'aux', 'break'),
    state('09:13:00', 'available'),
    state('09:20:00', 'offline'),
    selfService('s1', true),
    selfService('s2', true),
    selfService('s3', true),
    selfService('s4', false, true),
    forecast('06:00:00', 'schedule', 12),
    forecast('07:00:00', 'schedule', 11), // re-published schedule forecast: replaces 12
    forecast('08:30:00', 'intraday', 30), // intraday re-forecast: not the accuracy baseline
  ];
}
