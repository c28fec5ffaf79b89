// The `schedule` forecast is the accuracy baseline (kpi-catalog K34: the forecast frozen at schedule
// publication). Each forecast interval is a keyed fact: a later publication for the same queue,
// channel and interval replaces the earlier one. Intra-day re-forecasts are not counted.
import type { EventOf } from '@vahti/contracts';
import { INTERVAL_MS } from '../time/period';

export interface ForecastSlot {
  readonly queueId: string;
  readonly channel: string;
  /** Start of the forecast interval (a 15-minute boundary). */
  readonly intervalStart: number;
  /** Its length: the forecast's own interval where it is aligned (facts stored before this field are 15). */
  readonly minutes?: number;
  readonly publishedAt: number;
  readonly eventId: string;
  readonly contacts: number;
  readonly workloadSeconds: number;
}

// Accuracy is taken per interval of the forecast's own length: cutting a 30-minute forecast into
// even 15-minute halves would add error the forecaster never made. Actuals are summed per UTC-aligned
// 30- and 60-minute block (forecast-blocks.ts), so an interval not aligned to its length (a 60-minute
// forecast at :30, as in UTC+5:30) is cut into the longest aligned pieces, split by length.
const PIECE_MINUTES = [60, 30, 15] as const;

/** The `schedule` forecast of an event, one slot per aligned forecast interval. */
export function forecastSlots(event: EventOf<'io.vahti.forecast.published.v1'>): ForecastSlot[] {
  const d = event.data;
  if (d.kind !== 'schedule') {
    return [];
  }
  const publishedAt = Date.parse(event.time);
  const length = d.intervalMinutes * 60_000;
  const slots: ForecastSlot[] = [];
  for (const interval of d.intervals) {
    const start = Date.parse(interval.intervalStart);
    for (let cursor = start; cursor < start + length;) {
      const left = start + length - cursor;
      const minutes = PIECE_MINUTES.find((m) => m * 60_000 <= left && cursor % (m * 60_000) === 0) ?? 15;
      const share = (minutes * 60_000) / length;
      slots.push({
        queueId: d.queueId,
        channel: d.channel,
        intervalStart: cursor - (cursor % INTERVAL_MS),
        minutes,
        publishedAt,
        eventId: event.id,
        contacts: interval.contacts * share,
        workloadSeconds: interval.contacts * interval.ahtSeconds * share,
      });
      cursor += minutes * 60_000;
    }
  }
  return slots;
}

/** Whether `incoming` supersedes `current` (later publication, then higher event id). */
export function supersedesForecast(current: ForecastSlot | undefined, incoming: ForecastSlot): boolean {
  return (
    current === undefined ||
    incoming.publishedAt > current.publishedAt ||
    (incoming.publishedAt === current.publishedAt && incoming.eventId > current.eventId)
  );
}
