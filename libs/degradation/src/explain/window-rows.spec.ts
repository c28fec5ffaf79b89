import { emptyCounters, INTERVAL_MS } from '@vahti/kpi';
import type { TenantRow } from '../series/tenant-rows';
import { windowRows, withoutOpenForecastBlock } from './window-rows';

const T0 = Date.parse('2026-03-10T13:00:00Z');
const row = (values: Partial<TenantRow['counters']>): TenantRow => ({
  queueId: 'voice-billing',
  channel: 'voice',
  dimension: 'all',
  dimensionValue: '',
  counters: { ...emptyCounters(), ...values },
});
// An hourly forecast of 100 contacts from 13:00, 25 offers per quarter; its error terms as read in the
// hour (75 offers so far: a 25 % "miss" that is only the missing quarter).
const hourly = row({
  forecastContacts: 100,
  forecastedIntervals: 1,
  forecastedMinutes: 60,
  volumeForecastActual: 75,
  volumeForecastAbsError: 25,
  firstOffers: 25,
});
const rowsAt = (at: number): TenantRow[] => (at === T0 ? [hourly] : at < T0 + 4 * INTERVAL_MS ? [row({ firstOffers: 25 })] : []);

describe('windowRows', () => {
  it('leaves out a forecast block that ends after the window, keeping its offers', () => {
    const open = windowRows(rowsAt, { queueId: 'voice-billing', channel: 'voice' }, T0, T0 + 3 * INTERVAL_MS);
    expect([open.series.forecastContacts, open.series.volumeForecastAbsError, open.series.firstOffers]).toEqual([0, 0, 75]);
    const whole = windowRows(rowsAt, { queueId: 'voice-billing', channel: 'voice' }, T0, T0 + 4 * INTERVAL_MS);
    expect([whole.series.forecastContacts, whole.series.volumeForecastAbsError, whole.series.firstOffers]).toEqual([100, 25, 100]);
  });

  it('returns rows without a forecast, or with a complete one, as they are', () => {
    const plain = row({ firstOffers: 3 });
    expect(withoutOpenForecastBlock(plain, T0, T0 + INTERVAL_MS)).toBe(plain);
    expect(withoutOpenForecastBlock(hourly, T0, T0 + 4 * INTERVAL_MS)).toBe(hourly);
  });
});
