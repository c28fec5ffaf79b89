import type { CandidateDraft } from './candidate';
import { orderCandidates } from './order-candidates';

const draft = (factor: CandidateDraft['factor'], contribution: number | null, extra: Partial<CandidateDraft> = {}): CandidateDraft => ({
  factor,
  effect: 'driver',
  contribution,
  summary: `${factor} ${String(contribution)}`,
  evidence: {},
  ...extra,
});

describe('orderCandidates', () => {
  it('ranks strong contributions, then unquantified drivers, then weak ones, then the last resort; drops the rest', () => {
    const ranked = orderCandidates([
      draft('resolution', 1, { lastResort: true }),
      draft('shrinkage', 0.07),
      draft('attrition', null, { evidence: { relativeChange: 0.5 } }),
      draft('patience', 0.02),
      draft('staffing', -0.3),
      draft('handle_time', 0.6),
    ]);
    expect(ranked.map((c) => [c.rank, c.factor])).toEqual([
      [1, 'handle_time'],
      [2, 'attrition'],
      [3, 'shrinkage'],
      [4, 'resolution'],
    ]);
    expect(ranked[3]).not.toHaveProperty('lastResort');
  });

  it('orders unquantified drivers by the size of their own change', () => {
    const ranked = orderCandidates([
      draft('attrition', null, { evidence: { relativeChange: -0.2 } }),
      draft('transfers', null, { evidence: { relativeChange: 0.9 } }),
    ]);
    expect(ranked.map((c) => c.factor)).toEqual(['transfers', 'attrition']);
  });

  it('breaks ties by diagnostic order, dimension and element, and keeps one candidate per place', () => {
    const ranked = orderCandidates([
      draft('handle_time', 0.5, { dimension: 'team', value: 'b' }),
      draft('handle_time', 0.5, { dimension: 'reason', value: 'z' }),
      draft('handle_time', 0.5, { dimension: 'team', value: 'a' }),
      draft('volume', 0.5),
      draft('volume', 0.4),
    ]);
    expect(ranked.map((c) => `${c.factor}/${c.dimension ?? ''}/${c.value ?? ''}`)).toEqual([
      'volume//',
      'handle_time/reason/z',
      'handle_time/team/a',
      'handle_time/team/b',
    ]);
  });

  it('keeps at most five', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((value) => draft('handle_time', 0.3, { dimension: 'agent', value }));
    expect(orderCandidates(many).map((c) => c.value)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
