// E. Workforce KPIs on the billing morning. Agent-1: available 09:00, busy 09:02, wrap-up 09:08,
// break 09:10, available 09:13, offline 09:20 → available 2 + 7 min, busy 6, wrap-up 2, aux 3.
// Schedule forecast for 09:00 republished as 11 contacts (AHT 300 s), 09:15 as 5; actual 10 and 0.
import { interval0900, valueOf } from '../support/morning-input';

describe('workforce KPIs, billing morning', () => {
  it('occupancy = (6 + 2) / (6 + 2 + 9) minutes', () => {
    expect(valueOf('occupancy')).toBeCloseTo(8 / 17, 10);
  });

  it('utilisation = 8 / 20 logged-in minutes; not-ready share = 3 / 20', () => {
    expect(valueOf('utilisation')).toBeCloseTo(0.4, 10);
    expect(valueOf('not_ready_share')).toBeCloseTo(0.15, 10);
  });

  it('splits agent time at interval boundaries: 09:00–09:15 has 4 available, 6 busy, 2 wrap-up, 3 aux minutes', () => {
    const c = interval0900.total.counters;
    expect([c.availableSeconds, c.busySeconds, c.wrapStateSeconds, c.auxSeconds]).toEqual([240, 360, 120, 180]);
  });

  it('volume forecast accuracy = 1 − (|10 − 11| + |0 − 5|) / (10 + 0) = 0.4 (intraday forecast ignored)', () => {
    expect(valueOf('volume_forecast_accuracy')).toBeCloseTo(0.4, 10);
  });

  it('AHT forecast accuracy = 1 − |2,030 − 300 × 6| / 2,030', () => {
    expect(valueOf('aht_forecast_accuracy')).toBeCloseTo(1 - 230 / 2030, 10);
  });
});
