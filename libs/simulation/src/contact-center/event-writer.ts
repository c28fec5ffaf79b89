// Turns simulated occurrences into contract-v1 envelopes. Ids are a per-run sequence and times
// come from the simulated clock, so the same seed gives the same bytes.
import type { EventOf, EventType, VahtiEvent } from '@vahti/contracts';

const { round } = Math;

/** Receives each event as it happens, in time order. */
export type EventSink = (event: VahtiEvent) => void;

/** Builds one tenant's envelopes (ids, source, UTC times) and hands them to a sink. */
export class EventWriter {
  private sequence = 0;
  private readonly source: string;

  /** `run` (the scenario fingerprint) goes into `source`, so different runs never share event keys. */
  constructor(
    private readonly tenant: string,
    run: string,
    private readonly epochMs: number,
    private readonly sink: EventSink,
  ) {
    this.source = `/sim/${tenant}/${run}`;
  }

  /** RFC 3339 (UTC, millisecond) time of a simulated second. */
  iso(seconds: number): string {
    return new Date(this.epochMs + round(seconds * 1000)).toISOString();
  }

  /** Events written so far. */
  get count(): number {
    return this.sequence;
  }

  /** Hands one event of `type` at simulated `seconds` to the sink. */
  emit<T extends EventType>(type: T, seconds: number, data: EventOf<T>['data']): void {
    this.sequence += 1;
    const event = {
      specversion: '1.0',
      id: `${this.tenant}-${this.sequence}`,
      source: this.source,
      type,
      time: this.iso(seconds),
      tenantid: this.tenant,
      data,
    };
    this.sink(event as unknown as VahtiEvent);
  }
}
