import { homeProcess } from '@vahti/kpi';
import type { Signal } from '@vahti/detection';
import type { Candidate } from '@vahti/root-cause';
import { alertSignalOf } from './alert-signal-of';

const AT = Date.parse('2026-03-04T09:00:00Z');
const signal = (over: Partial<Signal>): Signal => ({
  metric: 'average_handle_time',
  detector: 'shift',
  status: 'firing',
  severity: 'warning',
  since: AT - 900_000,
  intervalStart: AT,
  value: 480,
  expected: 340,
  threshold: null,
  sample: 52,
  reason: 'handle time 8 min 0 s (n = 52) vs 5 min 40 s expected, sustained since 10:45',
  ...over,
});
const candidate: Candidate = {
  rank: 1,
  factor: 'handle_time',
  dimension: 'reason',
  value: 'billing',
  effect: 'rate',
  contribution: 0.82,
  summary: 'billing contacts got slower',
  evidence: { baselineRate: 340, currentRate: 520 },
};

describe('alertSignalOf', () => {
  it('labels the alert by the KPI’s process and carries the candidates with their factor and element', () => {
    const alert = alertSignalOf('acme', { queueId: 'voice-billing', channel: 'voice' }, signal({}), [candidate]);
    const home = homeProcess('average_handle_time', 'voice');
    expect(alert?.labels).toEqual({
      alertname: 'KpiShift',
      kpi: 'average_handle_time',
      area: home?.area,
      process: home?.process,
      queue: 'voice-billing',
      channel: 'voice',
      detector: 'shift',
      severity: 'warning',
    });
    expect(alert?.at).toBe(AT + 900_000);
    expect(alert?.value).toMatchObject({ observed: 480, yardstick: { name: 'seasonal baseline', value: 340 } });
    expect(alert?.candidates).toEqual([
      {
        rank: 1,
        summary: 'billing contacts got slower',
        contribution: 0.82,
        evidence: { factor: 'handle_time', effect: 'rate', dimension: 'reason', element: 'billing', baselineRate: 340, currentRate: 520 },
      },
    ]);
  });

  it('makes no alert of a pending signal; files volume under forecasting and broken data under data integrity', () => {
    const series = { queueId: 'all', channel: 'all' };
    expect(alertSignalOf('acme', series, signal({ status: 'pending' }), [])).toBeNull();
    const volume = alertSignalOf('acme', series, signal({ metric: 'offered_volume' }), []);
    expect(volume?.labels.process).toBe(homeProcess('volume_forecast_accuracy', 'all')?.process);
    const broken = alertSignalOf('acme', series, signal({ metric: 'stream_silent', detector: 'data_quality', value: null }), []);
    expect(broken?.labels).toMatchObject({ alertname: 'BrokenData', area: 'H', process: 'H4' });
    expect(broken?.value).toBeUndefined();
    expect(
      alertSignalOf('acme', series, signal({ status: 'resolved', threshold: 0.05, detector: 'breach' }), [])?.value?.yardstick?.name,
    ).toBe('target');
  });
});
