// A. Survey KPIs on the billing morning: CSAT 5, 4, 2, 5; CES 7, 3, 5; NPS 10, 9, 6, 8.
import { valueOf } from '../support/morning-input';

describe('customer experience KPIs, billing morning', () => {
  it('CSAT top-2-box = 3 of 4 answers at 4–5', () => {
    expect(valueOf('csat')).toBeCloseTo(0.75, 10);
  });

  it('CES % agree = 2 of 3 answers at 5–7', () => {
    expect(valueOf('customer_effort')).toBeCloseTo(2 / 3, 10);
  });

  it('tNPS = 100 × (2 promoters − 1 detractor) / 4 = 25', () => {
    expect(valueOf('tnps')).toBeCloseTo(25, 10);
  });

  it('survey responses per handled contact = 4 / 6', () => {
    expect(valueOf('survey_response_rate')).toBeCloseTo(4 / 6, 10);
  });
});
