// The WFM system publishes a queue's forecast of volume and handle time per interval.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { channel, identifier, intervalMinutes, queueId, seconds, stringEnum, timestamp } from '../fields';
import { UNIT_KEYWORD } from '../annotations';
import { KPI } from '../kpis';

export const FORECAST_KINDS = ['schedule', 'intraday'] as const;

// Eight days of 30-minute intervals (or four of 15) fit well under the 64 KiB event limit.
export const MAX_FORECAST_INTERVALS = 400;

export const forecastPublished = defineEvent({
  name: 'forecast.published',
  summary:
    'The WFM system published a forecast for one queue. `time` is the publication moment. Forecast accuracy is measured against the `schedule` forecast (frozen when the schedule was published), not intraday re-forecasts.',
  usedBy: [KPI.volumeForecastAccuracy, KPI.ahtForecastAccuracy, KPI.staffingVariance],
  properties: {
    forecastId: identifier('Forecast identifier in the WFM system.'),
    queueId: queueId('Queue the forecast is for.'),
    channel: channel(),
    kind: stringEnum(
      FORECAST_KINDS,
      '`schedule` = the forecast the schedule was built on (accuracy baseline); `intraday` = a later re-forecast.',
    ),
    intervalMinutes: intervalMinutes(),
    intervals: Type.Array(
      Type.Object(
        {
          intervalStart: timestamp('Start of the interval.'),
          contacts: Type.Number({
            minimum: 0,
            maximum: 1_000_000,
            [UNIT_KEYWORD]: 'contacts',
            description: 'Forecast offered contacts in the interval.',
          }),
          ahtSeconds: seconds('Forecast average handle time (talk + hold + wrap-up).'),
          requiredAgents: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 100_000,
              [UNIT_KEYWORD]: 'agents',
              description: 'Net agents required on queue (e.g. Erlang), before shrinkage.',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_FORECAST_INTERVALS, description: 'Forecast per interval.' },
    ),
  },
  example: {
    id: 'wfm-fc-2025-03-03-billing-fi-1',
    source: '/wfm/nice-iex',
    time: '2025-02-27T14:30:00Z',
    data: {
      forecastId: 'fc-2025w10-billing-fi',
      queueId: 'billing-fi',
      channel: 'voice',
      kind: 'schedule',
      intervalMinutes: 30,
      intervals: [
        { intervalStart: '2025-03-03T08:00:00Z', contacts: 42.5, ahtSeconds: 395, requiredAgents: 11.2 },
        { intervalStart: '2025-03-03T08:30:00Z', contacts: 51, ahtSeconds: 402, requiredAgents: 13.4 },
      ],
    },
  },
});
