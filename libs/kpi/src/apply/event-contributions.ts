// What one event adds to the counters on its own, without looking anything up: most contact-centre
// facts are self-contained (the answer carries its wait, the end carries talk, hold and wrap-up).
// Facts that need history (repeats, QA corrections, agent time, forecasts) have their own files.
import type { EventOf, VahtiEvent } from '@vahti/contracts';
import { ANY } from '../counters/aggregate';
import type { CounterDelta } from '../counters/kpi-counters';
import { handleSeconds } from '../kpis/kpi-definition';
import type { EvaluationSettings } from './evaluation-settings';
import { scopeOf, type Scope } from './scope';

export interface Contribution {
  /** Epoch ms the contribution belongs to (the event time). */
  readonly at: number;
  readonly scope: Scope;
  readonly delta: CounterDelta;
  /** An answer wait for the percentile sketch. */
  readonly waitSeconds?: number;
}

/** The self-contained contribution of `event`, or null when it has none of its own. */
export function eventContribution(event: VahtiEvent, settings: EvaluationSettings): Contribution | null {
  const at = Date.parse(event.time);
  const tenant = event.tenantid;
  switch (event.type) {
    case 'io.vahti.contact.offered.v1':
      return { at, scope: scopeOf(tenant, event.data), delta: { offers: 1, firstOffers: event.data.viaTransfer === true ? 0 : 1 } };
    case 'io.vahti.contact.answered.v1':
      return answered(at, tenant, event.data, settings);
    case 'io.vahti.contact.abandoned.v1':
      return abandoned(at, tenant, event.data, settings);
    case 'io.vahti.contact.transferred.v1':
      return { at, scope: scopeOf(tenant, event.data), delta: { transfers: 1 } };
    case 'io.vahti.contact.ended.v1':
      return ended(at, tenant, event.data);
    case 'io.vahti.survey.responded.v1':
      return survey(at, tenant, event.data);
    case 'io.vahti.selfservice.completed.v1':
      return selfService(at, tenant, event.data);
    case 'io.vahti.qa.evaluated.v1':
    case 'io.vahti.agent.state_changed.v1':
    case 'io.vahti.forecast.published.v1':
    case 'io.vahti.schedule.published.v1':
    case 'io.vahti.employee.changed.v1':
      return null;
  }
}

type Data<T extends VahtiEvent['type']> = EventOf<T>['data'];

function answered(at: number, tenant: string, data: Data<'io.vahti.contact.answered.v1'>, settings: EvaluationSettings): Contribution {
  const { serviceLevelSeconds } = settings.queue(tenant, data.queueId, data.channel);
  return {
    at,
    scope: scopeOf(tenant, data),
    delta: {
      answered: 1,
      answeredWithinThreshold: data.waitSeconds <= serviceLevelSeconds ? 1 : 0,
      answerWaitSeconds: data.waitSeconds,
      answerWaitSquares: data.waitSeconds ** 2,
    },
    waitSeconds: data.waitSeconds,
  };
}

function abandoned(at: number, tenant: string, data: Data<'io.vahti.contact.abandoned.v1'>, settings: EvaluationSettings): Contribution {
  const scope = scopeOf(tenant, data);
  if (data.callbackRequested === true) {
    return { at, scope, delta: { callbacksRequested: 1 } };
  }
  const { shortAbandonSeconds } = settings.queue(tenant, data.queueId, data.channel);
  return {
    at,
    scope,
    delta: { abandoned: 1, shortAbandoned: data.waitSeconds <= shortAbandonSeconds ? 1 : 0, abandonWaitSeconds: data.waitSeconds },
  };
}

function ended(at: number, tenant: string, data: Data<'io.vahti.contact.ended.v1'>): Contribution {
  const held = data.holdSeconds > 0 || (data.holdCount ?? 0) > 0;
  const handle = handleSeconds(data);
  return {
    at,
    scope: scopeOf(tenant, data),
    delta: {
      handled: 1,
      talkSeconds: data.talkSeconds,
      holdSeconds: data.holdSeconds,
      wrapUpSeconds: data.wrapUpSeconds,
      heldContacts: held ? 1 : 0,
      handleSquares: handle ** 2,
      escalations: data.escalated === true ? 1 : 0,
      resolvedReported: data.resolved === true ? 1 : 0,
      codedContacts: data.contactReason !== undefined && (data.resolved !== undefined || data.disposition !== undefined) ? 1 : 0,
    },
  };
}

function survey(at: number, tenant: string, data: Data<'io.vahti.survey.responded.v1'>): Contribution {
  const delta: CounterDelta = { surveys: 1 };
  if (data.csat !== undefined) {
    delta.csatResponses = 1;
    delta.csatTop2 = data.csat >= 4 ? 1 : 0;
  }
  if (data.ces !== undefined) {
    delta.cesResponses = 1;
    delta.cesAgree = data.ces >= 5 ? 1 : 0;
  }
  if (data.nps !== undefined) {
    delta.npsResponses = 1;
    delta.npsPromoters = data.nps >= 9 ? 1 : 0;
    delta.npsDetractors = data.nps <= 6 ? 1 : 0;
  }
  if (data.firstContactResolved !== undefined) {
    delta.fcrResponses = 1;
    delta.fcrYes = data.firstContactResolved ? 1 : 0;
  }
  // A survey without queue/channel cannot be placed in a queue: it counts at tenant level only.
  const scope: Scope = {
    tenantId: tenant,
    queueId: data.queueId ?? ANY,
    channel: data.channel ?? ANY,
    ...(data.teamId !== undefined && { teamId: data.teamId }),
    ...(data.agentId !== undefined && { agentId: data.agentId }),
  };
  return { at, scope, delta };
}

function selfService(at: number, tenant: string, data: Data<'io.vahti.selfservice.completed.v1'>): Contribution {
  const handedOff = !data.contained;
  return {
    at,
    // Self-service happens before any agent queue: it is scoped to its channel, queue "any".
    scope: {
      tenantId: tenant,
      queueId: ANY,
      channel: data.channel,
      ...(data.contactReason !== undefined && { reason: data.contactReason }),
    },
    delta: {
      selfServiceSessions: 1,
      selfServiceContained: data.contained ? 1 : 0,
      selfServiceHandoffs: handedOff ? 1 : 0,
      selfServiceHandoffsWithContext: handedOff && data.contextPassed === true ? 1 : 0,
    },
  };
}
