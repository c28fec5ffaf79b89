// The WFM side: a schedule forecast per queue and day (the intraday profile with the configured
// forecast error) and a schedule per team and day (every agent on queue during the team's shift).
import { sampleStandardNormal } from '../random/distributions';
import type { SeededRandom } from '../random/seeded-random';
import type { QueueSpec, Scenario, TeamSpec } from '../scenario/scenario-schema';
import type { EventWriter } from './event-writer';
import { DAY, HOUR, type ScenarioCalendar } from './scenario-calendar';

const { floor, max, round } = Math;
// The contract caps a schedule at 500 entries, so big teams are published in several periods.
const MAX_SCHEDULE_ENTRIES = 500;
const DEFAULT_FORECAST_ERROR_CV = 0.05;

/** Publishes the forecast of queue `queueIndex` for `day` at the day's local midnight. */
export function publishForecast(
  writer: EventWriter,
  calendar: ScenarioCalendar,
  scenario: Scenario,
  queueIndex: number,
  day: number,
  random: SeededRandom,
): void {
  const queue = scenario.queues[queueIndex] as QueueSpec;
  const hours = calendar.hours(queue, day);
  if (hours === undefined) {
    return;
  }
  const cv = queue.forecastErrorCv ?? DEFAULT_FORECAST_ERROR_CV;
  const ahtSeconds = round(expectedHandleTime(scenario, queue));
  const intervals = [];
  for (let hour = hours.open; hour < hours.close; hour += 1) {
    const start = day * DAY + hour * HOUR;
    const expected = calendar.volumeInHour(queueIndex, start);
    intervals.push({
      intervalStart: writer.iso(start),
      contacts: round(max(0, expected * (1 + cv * sampleStandardNormal(random))) * 10) / 10,
      ahtSeconds,
    });
  }
  writer.emit('io.vahti.forecast.published.v1', day * DAY, {
    forecastId: `${scenario.tenant}-fc-${queue.id}-d${day + 1}`,
    queueId: queue.id,
    channel: queue.channel,
    kind: 'schedule',
    intervalMinutes: 60,
    intervals,
  });
}

/** Publishes team `team`'s plan for `day` at the day's local midnight, split to respect the size cap. */
export function publishSchedule(
  writer: EventWriter,
  calendar: ScenarioCalendar,
  scenario: Scenario,
  team: TeamSpec,
  agentIds: readonly string[],
  day: number,
): void {
  const shift = calendar.shift(team, day);
  if (shift === undefined) {
    return;
  }
  const hoursPerPart = max(1, floor(MAX_SCHEDULE_ENTRIES / agentIds.length));
  for (let from = shift.open, part = 1; from < shift.close; from += hoursPerPart, part += 1) {
    const to = Math.min(shift.close, from + hoursPerPart);
    const entries = [];
    for (let hour = from; hour < to; hour += 1) {
      const intervalStart = writer.iso(day * DAY + hour * HOUR);
      for (const agentId of agentIds) {
        entries.push({ agentId, intervalStart, activity: 'available' as const });
      }
    }
    writer.emit('io.vahti.schedule.published.v1', day * DAY, {
      scheduleId: `${scenario.tenant}-sch-${team.id}-d${day + 1}-${part}`,
      teamId: team.id,
      periodStart: writer.iso(day * DAY + from * HOUR),
      periodEnd: writer.iso(day * DAY + to * HOUR),
      intervalMinutes: 60,
      entries,
    });
  }
}

/** Mean handle time of a queue's reason mix on its channel. */
export function expectedHandleTime(scenario: Scenario, queue: QueueSpec): number {
  let total = 0;
  let weight = 0;
  for (const share of queue.reasonMix) {
    const reason = scenario.contactReasons.find((r) => r.id === share.reason);
    if (reason !== undefined) {
      total += share.weight * (reason.handleTimeByChannel?.[queue.channel] ?? reason.handleTime).meanSeconds;
      weight += share.weight;
    }
  }
  return weight > 0 ? total / weight : 0;
}
