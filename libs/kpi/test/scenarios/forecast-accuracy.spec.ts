// K34/K35 at the forecast's own interval length, by hand. A 30-minute schedule forecast for 09:00
// of 10 contacts at 300 s AHT; actual first offers 4 in 09:00–09:15 and 6 in 09:15–09:30.
//   Per 30 minutes: |10 − 10| = 0 → volume accuracy 100 %. Cut into even 15-minute halves (5 + 5)
//   it would be 1 − (1 + 1) / 10 = 80 %: error the forecaster never made.
// Handled: three of 200 s before 09:15 and one of 500 s at 09:20: |1,100 − 300 × 4| / 1,100.
// A 60-minute forecast at 10:00 of 8 contacts, actual 3 + 0 + 5 + 0 = 8 across its quarters: 100 %.
import type { VahtiEvent } from '@vahti/contracts';
import { kpiDefinition, kpiInputOf } from '@vahti/kpi';
import { createEventFactory } from '@vahti/testing';
import { applyBatch, newState, rowsOf } from '../support/evaluate-events';
import { at } from '../support/workforce-events';

const { makeEvent } = createEventFactory({ tenantid: 'acme', seed: 'fca' });
const queue = { queueId: 'billing', channel: 'voice' as const };
const forecast = (minutes: 30 | 60, start: string, contacts: number): VahtiEvent =>
  makeEvent('io.vahti.forecast.published.v1', {
    time: at('06:00:00'),
    data: { ...queue, kind: 'schedule', intervalMinutes: minutes, intervals: [{ intervalStart: at(start), contacts, ahtSeconds: 300 }] },
  });
let n = 0;
const offered = (time: string): VahtiEvent =>
  makeEvent('io.vahti.contact.offered.v1', {
    time: at(time),
    data: { ...queue, contactId: `c${(n += 1)}`, customerId: `k${n}`, teamId: undefined, contactReason: undefined, viaTransfer: undefined },
  });
const ended = (time: string, talk: number): VahtiEvent =>
  makeEvent('io.vahti.contact.ended.v1', {
    time: at(time),
    data: {
      ...queue,
      contactId: `e${(n += 1)}`,
      customerId: `k${n}`,
      agentId: 'agent-1',
      talkSeconds: talk,
      holdSeconds: 0,
      wrapUpSeconds: 0,
    },
  });

const events = [
  forecast(30, '09:00:00', 10),
  ...['09:01:00', '09:05:00', '09:10:00', '09:14:59'].map(offered),
  ...['09:15:00', '09:16:00', '09:20:00', '09:21:00', '09:25:00', '09:29:59'].map(offered),
  ended('09:03:00', 200),
  ended('09:06:00', 200),
  ended('09:09:00', 200),
  ended('09:20:00', 500),
  forecast(60, '10:00:00', 8),
  ...['10:01:00', '10:02:00', '10:03:00', '10:31:00', '10:32:00', '10:33:00', '10:34:00', '10:35:00'].map(offered),
];

const value = (id: string, batches: VahtiEvent[][] = [events]) => {
  const s = newState();
  batches.forEach((b) => applyBatch(s, b));
  return kpiDefinition(id)?.compute(kpiInputOf(rowsOf(s, 'day')));
};

describe('forecast accuracy at the forecast interval length (K34, K35)', () => {
  it('volume: WAPE over the 30- and the 60-minute interval, 0 error of 18 contacts', () => {
    expect(value('volume_forecast_accuracy')?.value).toBeCloseTo(1, 10);
    expect(value('volume_forecast_accuracy')?.denominator).toBe(18);
  });

  it('AHT: 1 − |1,100 − 1,200| / 1,100; the sample is the 4 handled contacts, not seconds', () => {
    const aht = value('aht_forecast_accuracy');
    expect(aht?.value).toBeCloseTo(1 - 100 / 1100, 10);
    expect(aht?.denominator).toBe(4);
  });

  it('gives the same when the forecast arrives after the contacts', () => {
    const late = [events.slice(1, 15), [events[0] as VahtiEvent, ...events.slice(15)]];
    expect(value('aht_forecast_accuracy', late)?.value).toBeCloseTo(1 - 100 / 1100, 10);
    expect(value('volume_forecast_accuracy', late)?.value).toBeCloseTo(1, 10);
  });
});
