// Fault start times are written either relative to the scenario ("day 3 10:00", local time, day 1
// = startDate) or absolute (RFC 3339); the simulator works in seconds from local midnight of day 1.
import type { Scenario } from './scenario-schema';

const RELATIVE = /^day (\d+) (\d{2}):(\d{2})$/;

/** Epoch milliseconds of simulated second 0: local midnight of the scenario's start date. */
export function simulationEpochMs(scenario: Pick<Scenario, 'startDate' | 'utcOffsetMinutes'>): number {
  const [y, m, d] = scenario.startDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - scenario.utcOffsetMinutes * 60_000;
}

/** Seconds from simulation start of a fault's `start` (NaN when it is not a valid time). */
export function faultStartSeconds(start: string, scenario: Pick<Scenario, 'startDate' | 'utcOffsetMinutes'>): number {
  const relative = RELATIVE.exec(start);
  if (relative !== null) {
    const [, day, hour, minute] = relative.map(Number) as [number, number, number, number];
    return (day - 1) * 86_400 + hour * 3600 + minute * 60;
  }
  return (Date.parse(start) - simulationEpochMs(scenario)) / 1000;
}
