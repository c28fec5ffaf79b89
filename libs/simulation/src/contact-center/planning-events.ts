// The WFM side: a schedule forecast per queue and day (the intraday profile with the configured
// forecast error, and the Erlang C staffing it needs) and a schedule per team and day (every agent
// on queue during the team's shift, except for the planned breaks and lunch of its break pattern).
import { requiredAgents } from '@vahti/queueing';
import { sampleStandardNormal } from '../random/distributions';
import type { SeededRandom } from '../random/seeded-random';
import type { QueueSpec, Scenario, TeamSpec } from '../scenario/scenario-schema';
import { planBreaks, SLOT_MINUTES } from './break-plan';
import type { EventWriter } from './event-writer';
import { DAY, HOUR, type ScenarioCalendar } from './scenario-calendar';

const { floor, max, round } = Math;
// The contract caps a schedule at 500 entries, so big teams are published in several periods.
const MAX_SCHEDULE_ENTRIES = 500;
const DEFAULT_FORECAST_ERROR_CV = 0.05;
const DEFAULT_SERVICE_LEVEL_TARGET = 0.8;

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
  // A queue without own arrivals (only transfers or callbacks) has nothing this forecast models;
  // an all-zero forecast would read as a permanent forecast miss.
  if (hours === undefined || queue.volumePerDay === 0) {
    return;
  }
  const cv = queue.forecastErrorCv ?? DEFAULT_FORECAST_ERROR_CV;
  const ahtSeconds = round(expectedHandleTime(scenario, queue));
  const target = queue.serviceLevelTarget ?? DEFAULT_SERVICE_LEVEL_TARGET;
  const intervals = [];
  for (let hour = hours.open; hour < hours.close; hour += 1) {
    const start = day * DAY + hour * HOUR;
    const expected = calendar.volumeInHour(queueIndex, start);
    const contacts = round(max(0, expected * (1 + cv * sampleStandardNormal(random))) * 10) / 10;
    intervals.push({
      intervalStart: writer.iso(start),
      contacts,
      ahtSeconds,
      // Staffed from the published (noisy) forecast, as a WFM tool would: a forecast miss shows up
      // as understaffing.
      requiredAgents: requiredAgents(contacts / HOUR, ahtSeconds, queue.serviceLevelSeconds, target),
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
  // Breaks need the finer interval; without them the plan stays hourly (and 4× smaller).
  const intervalMinutes = team.breaks === undefined ? 60 : SLOT_MINUTES;
  const step = intervalMinutes * 60;
  const plans = agentIds.map((_, i) => planBreaks(team, shift, i));
  const perPart = max(1, floor(MAX_SCHEDULE_ENTRIES / agentIds.length));
  const first = shift.open * HOUR;
  const last = shift.close * HOUR;
  for (let from = first, part = 1; from < last; from += perPart * step, part += 1) {
    const to = Math.min(last, from + perPart * step);
    const entries = [];
    for (let t = from; t < to; t += step) {
      const intervalStart = writer.iso(day * DAY + t);
      for (const [i, agentId] of agentIds.entries()) {
        const planned = plans[i]?.find((b) => b.start <= t && t < b.end);
        entries.push({ agentId, intervalStart, activity: planned?.activity ?? ('available' as const) });
      }
    }
    writer.emit('io.vahti.schedule.published.v1', day * DAY, {
      scheduleId: `${scenario.tenant}-sch-${team.id}-d${day + 1}-${part}`,
      teamId: team.id,
      periodStart: writer.iso(day * DAY + from),
      periodEnd: writer.iso(day * DAY + to),
      intervalMinutes,
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
