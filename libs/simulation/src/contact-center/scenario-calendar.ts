// Local calendar arithmetic of a scenario: weekdays, opening hours and the expected arrival rate
// per queue and hour (the intraday and weekly profiles), precomputed once per run.
import { WEEKDAYS, type QueueSpec, type Scenario, type TeamSpec, type Weekday } from '../scenario/scenario-schema';

const { floor, max, min } = Math;
/** Simulated seconds per hour and per day. */
export const HOUR = 3600;
export const DAY = 86_400;

/** Open hours of one day, local [open, close). */
export interface DayHours {
  readonly open: number;
  readonly close: number;
}

/** Weekdays, opening hours, shifts and hourly volumes of one scenario. */
export class ScenarioCalendar {
  private readonly firstWeekday: number;
  /** Per queue: expected contacts per hour, indexed day * 24 + hour. */
  private readonly hourlyVolume: Float64Array[];

  constructor(private readonly scenario: Scenario) {
    const [y, m, d] = scenario.startDate.split('-').map(Number) as [number, number, number];
    this.firstWeekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    this.hourlyVolume = scenario.queues.map((queue) => this.volumes(queue));
  }

  /** The weekday key of simulated day `day` (0-based). */
  weekday(day: number): Weekday {
    return WEEKDAYS[(this.firstWeekday + day) % 7] as Weekday;
  }

  /** A queue's open hours on a day, if it opens. */
  hours(queue: QueueSpec, day: number): DayHours | undefined {
    return queue.openingHours[this.weekday(day)];
  }

  /** A team's shift on a day: from the first opening to the last closing of its queues. */
  shift(team: TeamSpec, day: number): DayHours | undefined {
    let open = 24;
    let close = 0;
    for (const queue of this.scenario.queues) {
      const hours = team.skills.includes(queue.id) ? this.hours(queue, day) : undefined;
      if (hours !== undefined) {
        open = min(open, hours.open);
        close = max(close, hours.close);
      }
    }
    return close > open ? { open, close } : undefined;
  }

  /** Expected arrivals of queue `queueIndex` in the hour containing simulated second `time`. */
  volumeInHour(queueIndex: number, time: number): number {
    return this.hourlyVolume[queueIndex]?.[floor(time / HOUR)] ?? 0;
  }

  /** The first open second of a queue at or after `time`, or undefined within a week. */
  nextOpen(queueIndex: number, time: number): number | undefined {
    const volumes = this.hourlyVolume[queueIndex];
    for (let hour = floor(time / HOUR); hour < floor(time / HOUR) + 24 * 8; hour += 1) {
      const queue = this.scenario.queues[queueIndex];
      const hours = queue === undefined ? undefined : this.hours(queue, floor(hour / 24));
      if (volumes !== undefined && hours !== undefined && hour % 24 >= hours.open && hour % 24 < hours.close) {
        return max(time, hour * HOUR);
      }
    }
    return undefined;
  }

  private volumes(queue: QueueSpec): Float64Array {
    const volumes = new Float64Array(this.scenario.days * 24);
    for (let day = 0; day < this.scenario.days; day += 1) {
      const hours = this.hours(queue, day);
      if (hours === undefined) {
        continue;
      }
      let weight = 0;
      for (let h = hours.open; h < hours.close; h += 1) {
        weight += queue.intradayProfile[h] ?? 0;
      }
      const factor = queue.dayOfWeekFactors?.[(this.firstWeekday + day) % 7] ?? 1;
      for (let h = hours.open; h < hours.close && weight > 0; h += 1) {
        volumes[day * 24 + h] = (queue.volumePerDay * factor * (queue.intradayProfile[h] ?? 0)) / weight;
      }
    }
    return volumes;
  }
}
