// The ground truth of a run: every injected fault with its window, segment and change, as plain
// data a CLI can write next to the events; detection and root-cause ranking are scored against it.
import type { FaultSchedule } from './fault-schedule';

/** One injected fault as it was applied. */
export interface GroundTruthFault {
  readonly id: string;
  readonly kind: string;
  readonly parameter: string;
  /** RFC 3339 (UTC) start, inclusive. */
  readonly start: string;
  /** RFC 3339 (UTC) end, exclusive. */
  readonly end: string;
  /**
   * RFC 3339 (UTC): when the fault first changed a contact, an arrival rate or an agent's
   * adherence (the opening of its queues, for a fault that starts at night); absent if it never did.
   */
  readonly observableFrom?: string;
  readonly segment: { readonly queueId?: string; readonly contactReason?: string; readonly teamId?: string };
  readonly multiply?: number;
  readonly set?: number;
  readonly toQueueId?: string;
}

/** Every fault injected into one tenant's run. */
export interface GroundTruth {
  readonly tenant: string;
  /** The `source` of every event of the run, which tells this run's events from any other's. */
  readonly source: string;
  readonly faults: readonly GroundTruthFault[];
}

/** The ground truth of the faults in `schedule`, with times relative to `epochMs` (simulated second 0). */
export function groundTruthOf(tenant: string, source: string, schedule: FaultSchedule, epochMs: number): GroundTruth {
  const iso = (seconds: number): string => new Date(epochMs + seconds * 1000).toISOString();
  return {
    tenant,
    source,
    faults: schedule.faults.map((fault) => {
      const { spec, start, end } = fault;
      const applied = schedule.firstAppliedAt(fault);
      return {
        id: spec.id,
        kind: spec.kind,
        parameter: spec.change.parameter,
        start: iso(start),
        end: iso(end),
        ...(applied === undefined ? {} : { observableFrom: iso(applied) }),
        segment: { ...spec.segment },
        ...(spec.change.multiply === undefined ? {} : { multiply: spec.change.multiply }),
        ...(spec.change.set === undefined ? {} : { set: spec.change.set }),
        ...(spec.change.toQueueId === undefined ? {} : { toQueueId: spec.change.toQueueId }),
      };
    }),
  };
}
