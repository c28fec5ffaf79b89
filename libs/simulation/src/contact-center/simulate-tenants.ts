// Several tenants in one stream: each runs on its own engine (its own calendar, seed and ids), and
// the engines are interleaved by always stepping the one whose next event is earliest in absolute
// time. Every event is emitted at its engine's firing time, so the merged stream is in time order
// without buffering; ties go to the tenant listed first, which keeps the output deterministic.
import type { VahtiEvent } from '@vahti/contracts';
import type { Scenario } from '../scenario/scenario-schema';
import type { EventSink } from './event-writer';
import type { GroundTruth } from './ground-truth';
import { prepareContactCenter } from './simulate-contact-center';

/** Simulates several tenants into one time-ordered sink; returns each tenant's ground truth. */
export function streamTenants(scenarios: readonly Scenario[], sink: EventSink): GroundTruth[] {
  const runs = scenarios.map((scenario) => prepareContactCenter(scenario, sink));
  for (;;) {
    let next: (typeof runs)[number] | undefined;
    let nextTime = 0;
    for (const run of runs) {
      const time = run.engine.nextEventTime();
      if (time !== undefined && (next === undefined || run.epochMs + time * 1000 < nextTime)) {
        next = run;
        nextTime = run.epochMs + time * 1000;
      }
    }
    if (next === undefined) {
      return runs.map((run) => run.groundTruth);
    }
    next.engine.step();
  }
}

/** Simulates several tenants: their events merged in time order, and each tenant's ground truth. */
export function simulateTenants(scenarios: readonly Scenario[]): { events: VahtiEvent[]; groundTruth: GroundTruth[] } {
  const events: VahtiEvent[] = [];
  const groundTruth = streamTenants(scenarios, (event) => events.push(event));
  return { events, groundTruth };
}
