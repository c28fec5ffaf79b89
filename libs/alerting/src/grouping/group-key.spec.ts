import { BASE_LABELS } from '../testing/alert-fixtures';
import { groupKeyOf, groupLabelsOf } from './group-key';

describe('groupLabelsOf', () => {
  it('picks the group-by labels, sorted, skipping absent ones', () => {
    expect(groupLabelsOf(BASE_LABELS, ['queue', 'kpi', 'team'])).toEqual({ kpi: 'service_level', queue: 'billing' });
    expect(Object.keys(groupLabelsOf(BASE_LABELS, ['queue', 'kpi']))).toEqual(['kpi', 'queue']);
  });

  it('puts everything in one group for [] and groups by every identifying label for ["..."]', () => {
    expect(groupLabelsOf(BASE_LABELS, [])).toEqual({});
    const all = groupLabelsOf(BASE_LABELS, ['...']);
    expect(Object.keys(all)).toEqual(['alertname', 'area', 'channel', 'detector', 'kpi', 'process', 'queue']);
  });
});

describe('groupKeyOf', () => {
  it('is readable and independent of label order', () => {
    expect(groupKeyOf('acme', '#0', { queue: 'billing', kpi: 'service_level' })).toBe('acme/#0:{kpi="service_level",queue="billing"}');
    expect(groupKeyOf('acme', '#0', { kpi: 'service_level', queue: 'billing' })).toBe('acme/#0:{kpi="service_level",queue="billing"}');
  });

  it('quotes values so a value cannot fake another label', () => {
    expect(groupKeyOf('acme', 'r', { queue: 'a",kpi="b' })).toBe('acme/r:{queue="a\\",kpi=\\"b"}');
  });
});
