import { EVALUATOR_PROGRESS_TYPE } from './evaluator-progress';
import { KPI_CHANGED_TYPE } from './kpi-changed';
import { isEvaluatorProgressEvent, isKpiChangedEvent } from './kpi-changed-validator';

const snapshot = {
  specversion: '1.0',
  id: 'a1',
  source: '/vahti/evaluator/0',
  type: KPI_CHANGED_TYPE,
  time: '2026-03-04T09:20:00.000Z',
  datacontenttype: 'application/json',
  tenantid: 'acme',
  data: {
    queueId: 'voice-billing',
    channel: 'voice',
    granularity: 'interval',
    periodStart: '2026-03-04T09:00:00.000Z',
    kpis: [
      {
        kpi: 'service_level',
        area: 'B',
        process: 'B1',
        value: 0.8,
        ci: [0.7, 0.9],
        sample: 52,
        sampleNoun: 'contacts',
        rating: { status: 'rated', level: 3 },
      },
    ],
    changed: ['service_level'],
  },
};

describe('isKpiChangedEvent', () => {
  it('accepts a snapshot and refuses other messages', () => {
    expect(isKpiChangedEvent(snapshot)).toBe(true);
    expect(isKpiChangedEvent({ ...snapshot, type: 'io.vahti.contact.offered.v1' })).toBe(false);
    expect(isKpiChangedEvent({ ...snapshot, data: { ...snapshot.data, periodStart: 'yesterday' } })).toBe(false);
    expect(isKpiChangedEvent({ ...snapshot, data: { ...snapshot.data, granularity: 'week' } })).toBe(false);
    expect(isKpiChangedEvent(null)).toBe(false);
  });
});

describe('isEvaluatorProgressEvent', () => {
  const report = {
    specversion: '1.0',
    id: 'p1',
    source: '/vahti/evaluator/0',
    type: EVALUATOR_PROGRESS_TYPE,
    time: '2026-03-04T09:20:00.000Z',
    datacontenttype: 'application/json',
    data: { topic: 'cc.events', partition: 2, appliedUntil: '2026-03-04T09:19:58.000Z', caughtUp: false, tenants: ['acme'] },
  };

  it('accepts a progress report and refuses a KPI snapshot or a broken report', () => {
    expect(isEvaluatorProgressEvent(report)).toBe(true);
    expect(isEvaluatorProgressEvent(snapshot)).toBe(false);
    expect(isKpiChangedEvent(report)).toBe(false);
    expect(isEvaluatorProgressEvent({ ...report, data: { ...report.data, partition: -1 } })).toBe(false);
    expect(isEvaluatorProgressEvent({ ...report, data: { ...report.data, caughtUp: 'yes' } })).toBe(false);
  });
});
