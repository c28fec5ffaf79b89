import { rateArea, rateProcess, type Rating } from '@vahti/kpi';

const r = (level: 1 | 2 | 3 | 4 | 5): Rating => ({ status: 'rated', level });

describe('process and area roll-up', () => {
  it('a process takes its primary KPI level', () => {
    expect(
      rateProcess([
        { kpi: 'p', rating: r(4) },
        { kpi: 'd', rating: r(2) },
      ]),
    ).toEqual({ rating: r(4), decidedBy: 'p', capped: false });
  });

  it('falls back to the first rated KPI when the primary cannot be rated', () => {
    expect(
      rateProcess([
        { kpi: 'p', rating: { status: 'insufficient_data' } },
        { kpi: 'd', rating: r(3) },
      ]).decidedBy,
    ).toBe('d');
  });

  it('is held at 2 when any KPI is critical', () => {
    expect(
      rateProcess([
        { kpi: 'p', rating: r(5) },
        { kpi: 'd', rating: r(1) },
      ]),
    ).toEqual({ rating: r(2), decidedBy: 'p', capped: true });
  });

  it('distinguishes not measured, insufficient data and no data', () => {
    expect(rateProcess([]).rating.status).toBe('not_measured');
    expect(rateProcess([{ kpi: 'p', rating: { status: 'insufficient_data' } }]).rating.status).toBe('insufficient_data');
    expect(rateProcess([{ kpi: 'p', rating: { status: 'no_data' } }]).rating.status).toBe('no_data');
  });

  it('an area takes the (lower) median of its rated processes, held at 2 by a critical one', () => {
    expect(rateArea([r(5), r(3), r(4), { status: 'not_measured' }]).rating).toEqual(r(4));
    expect(rateArea([r(5), r(4), r(4), r(3)]).rating).toEqual(r(4));
    expect(rateArea([r(5), r(4), r(1)]).rating).toEqual(r(2));
    expect(rateArea([{ status: 'not_measured' }]).rating.status).toBe('not_measured');
  });
});
