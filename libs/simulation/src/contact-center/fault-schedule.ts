// The scenario's faults resolved to seconds, queried by the model at the moment a parameter is
// drawn; also the source of the ground truth, so what is applied and what is reported are one list.
import type { FaultParameter, FaultSpec } from '../scenario/fault-schema';
import { faultStartSeconds } from '../scenario/fault-time';
import type { Scenario } from '../scenario/scenario-schema';

/** A fault with its window in simulated seconds [start, end). */
export interface ActiveFault {
  readonly spec: FaultSpec;
  readonly parameter: FaultParameter;
  readonly start: number;
  readonly end: number;
}

/** Where a parameter is being drawn; a fault applies when every id its segment names matches. */
export interface SegmentKey {
  readonly queueId: string;
  readonly contactReason: string;
  readonly teamId?: string;
}

/** The active faults of a run, looked up by parameter, time and segment. */
export class FaultSchedule {
  readonly faults: readonly ActiveFault[];
  private readonly byParameter = new Map<FaultParameter, ActiveFault[]>();
  private readonly firstApplied = new Map<ActiveFault, number>();

  constructor(scenario: Scenario) {
    this.faults = (scenario.faults ?? []).map((spec) => {
      const start = faultStartSeconds(spec.start, scenario);
      return { spec, parameter: spec.change.parameter, start, end: start + spec.durationMinutes * 60 };
    });
    for (const fault of this.faults) {
      this.byParameter.set(fault.parameter, [...(this.byParameter.get(fault.parameter) ?? []), fault]);
    }
  }

  /** Product of the `multiply` of every matching fault active at `time` (1 when none). */
  factor(parameter: 'handleTime' | 'resolutionProbability' | 'volume', time: number, key: SegmentKey): number {
    let factor = 1;
    for (const fault of this.byParameter.get(parameter) ?? []) {
      if (active(fault, time) && matches(fault.spec, key)) {
        factor *= fault.spec.change.multiply ?? 1;
        this.applied(fault, time);
      }
    }
    return factor;
  }

  /** A team's adherence at `time`: the last matching `set`, else the configured value. */
  adherence(time: number, teamId: string, configured: number): number {
    let value = configured;
    for (const fault of this.byParameter.get('adherence') ?? []) {
      const team = fault.spec.segment.teamId;
      if (active(fault, time) && (team === undefined || team === teamId)) {
        value = fault.spec.change.set ?? value;
        this.applied(fault, time);
      }
    }
    return value;
  }

  /** The misrouting active at `time` for arrivals of this queue and reason, if any. */
  misrouting(time: number, key: SegmentKey): { readonly share: number; readonly toQueueId: string } | undefined {
    for (const fault of this.byParameter.get('misrouting') ?? []) {
      const { set, toQueueId } = fault.spec.change;
      if (active(fault, time) && matches(fault.spec, key) && set !== undefined && toQueueId !== undefined && toQueueId !== key.queueId) {
        this.applied(fault, time);
        return { share: set, toQueueId };
      }
    }
    return undefined;
  }

  /**
   * The first simulated second at which `fault` changed a drawn parameter (an arrival rate above
   * zero, a handle time, a resolution, an adherence, a routing), or undefined if it never did: a
   * fault that starts while its queues are closed can first be seen at their opening.
   */
  firstAppliedAt(fault: ActiveFault): number | undefined {
    return this.firstApplied.get(fault);
  }

  private applied(fault: ActiveFault, time: number): void {
    if (!this.firstApplied.has(fault)) {
      this.firstApplied.set(fault, time);
    }
  }

  /** Sorted start and end times of adherence faults that apply to a team: where its adherence steps. */
  adherenceBoundaries(teamId: string): number[] {
    const times = (this.byParameter.get('adherence') ?? [])
      .filter((f) => f.spec.segment.teamId === undefined || f.spec.segment.teamId === teamId)
      .flatMap((f) => [f.start, f.end]);
    return [...new Set(times)].sort((a, b) => a - b);
  }

  /** Sorted start and end times of volume faults matching a queue and reason: where arrival rates step. */
  volumeBoundaries(key: SegmentKey): number[] {
    const times = (this.byParameter.get('volume') ?? []).filter((f) => matches(f.spec, key)).flatMap((f) => [f.start, f.end]);
    return [...new Set(times)].sort((a, b) => a - b);
  }
}

function active(fault: ActiveFault, time: number): boolean {
  return time >= fault.start && time < fault.end;
}

function matches(spec: FaultSpec, key: SegmentKey): boolean {
  const { queueId, contactReason, teamId } = spec.segment;
  return (
    (queueId === undefined || queueId === key.queueId) &&
    (contactReason === undefined || contactReason === key.contactReason) &&
    (teamId === undefined || teamId === key.teamId)
  );
}
