// QA evaluations are corrected by re-sending the same evaluationId: the latest one (by event time,
// then event id) counts, and the older one's contribution is taken back.
import type { EventOf } from '@vahti/contracts';
import { ANY } from '../counters/aggregate';
import type { CounterDelta } from '../counters/kpi-counters';
import type { Scope } from './scope';

export interface QaRecord {
  readonly at: number;
  readonly eventId: string;
  readonly scope: Scope;
  readonly delta: CounterDelta;
}

export interface QaChange {
  readonly record: QaRecord;
  readonly retract: QaRecord | null;
}

/** What an evaluation contributes; calibration evaluations measure evaluators, not agents, and add nothing. */
export function qaRecord(event: EventOf<'io.vahti.qa.evaluated.v1'>): QaRecord {
  const d = event.data;
  const delta: CounterDelta =
    d.calibration === true
      ? {}
      : {
          qaEvaluations: 1,
          qaScoreSum: d.score,
          qaScoreSquares: d.score ** 2,
          qaCustomerCriticalFree: d.customerCriticalErrors === 0 ? 1 : 0,
          qaBusinessCriticalFree: d.businessCriticalErrors === 0 ? 1 : 0,
          qaComplianceCriticalFree: d.complianceCriticalErrors === 0 ? 1 : 0,
        };
  return {
    at: Date.parse(event.time),
    eventId: event.id,
    scope: {
      tenantId: event.tenantid,
      queueId: d.queueId ?? ANY,
      channel: d.channel ?? ANY,
      agentId: d.agentId,
      ...(d.teamId !== undefined && { teamId: d.teamId }),
    },
    delta,
  };
}

/** The change an incoming evaluation makes, or null when a newer version is already counted. */
export function replaceEvaluation(current: QaRecord | undefined, incoming: QaRecord): QaChange | null {
  if (current === undefined) {
    return { record: incoming, retract: null };
  }
  const newer = incoming.at > current.at || (incoming.at === current.at && incoming.eventId > current.eventId);
  return newer ? { record: incoming, retract: current } : null;
}
