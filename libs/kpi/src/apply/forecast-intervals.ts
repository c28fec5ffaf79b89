// The `schedule` forecast is the accuracy baseline (kpi-catalog K34: the forecast frozen at schedule
// publication). Each forecast interval is a keyed fact: a later publication for the same queue,
// channel and interval replaces the earlier one. Intra-day re-forecasts are not counted.
import type { EventOf } from '@vahti/contracts';
import { INTERVAL_MS } from '../time/period';

export interface ForecastSlot {
  readonly queueId: string;
  readonly channel: string;
  /** Start of the 15-minute interval. */
  readonly intervalStart: number;
  readonly publishedAt: number;
  readonly eventId: string;
  readonly contacts: number;
  readonly workloadSeconds: number;
}

/** The forecast of an event, cut into 15-minute slots (a 30-minute interval is split evenly). */
export function forecastSlots(event: EventOf<'io.vahti.forecast.published.v1'>): ForecastSlot[] {
  const d = event.data;
  if (d.kind !== 'schedule') {
    return [];
  }
  const publishedAt = Date.parse(event.time);
  const parts = Math.max(1, Math.round((d.intervalMinutes * 60_000) / INTERVAL_MS));
  const slots: ForecastSlot[] = [];
  for (const interval of d.intervals) {
    const start = Date.parse(interval.intervalStart);
    for (let part = 0; part < parts; part += 1) {
      slots.push({
        queueId: d.queueId,
        channel: d.channel,
        intervalStart: start + part * INTERVAL_MS,
        publishedAt,
        eventId: event.id,
        contacts: interval.contacts / parts,
        workloadSeconds: (interval.contacts * interval.ahtSeconds) / parts,
      });
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
