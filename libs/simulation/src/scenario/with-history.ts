// A scenario with `days` of history before it: the same centre, started earlier, its faults moved so
// that they fall on the same local days and times as before. Detectors that compare a slot with the
// same slot of past weeks need that history; a real deployment has it from its event store. Whole
// weeks keep every weekday where it was, so the weekly profile of the faults' days is unchanged.
import type { Scenario } from './scenario-schema';

const RELATIVE = /^day (\d+) (\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** The scenario preceded by `weeks` whole weeks of fault-free history (the events of those days are new draws). */
export function withHistory(scenario: Scenario, weeks: number): Scenario {
  if (!Number.isInteger(weeks) || weeks < 0) {
    throw new RangeError(`weeks must be a whole number ≥ 0, got ${weeks}`);
  }
  const days = weeks * 7;
  const [y, m, d] = scenario.startDate.split('-').map(Number) as [number, number, number];
  const startDate = new Date(Date.UTC(y, m - 1, d) - days * DAY_MS).toISOString().slice(0, 10);
  const faults = scenario.faults?.map((fault) => {
    const relative = RELATIVE.exec(fault.start);
    return relative === null ? fault : { ...fault, start: `day ${Number(relative[1]) + days} ${relative[2]}` };
  });
  if (scenario.days + days > 366) {
    throw new RangeError(`${scenario.tenant}: ${scenario.days} days with ${days} days of history exceed the 366-day limit`);
  }
  return { ...scenario, startDate, days: scenario.days + days, ...(faults !== undefined && { faults }) };
}
