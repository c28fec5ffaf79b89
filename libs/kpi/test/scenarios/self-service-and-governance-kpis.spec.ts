// G and H on the billing morning: 4 IVR sessions (3 contained, 1 handed off with context); 6
// handled legs of which c4 has no contact reason.
import { valueOf } from '../support/morning-input';

describe('self-service and governance KPIs, billing morning', () => {
  it('containment = 3 / 4; hand-offs with context = 1 / 1', () => {
    expect(valueOf('containment_rate')).toBeCloseTo(0.75, 10);
    expect(valueOf('handoff_context_rate')).toBeCloseTo(1, 10);
  });

  it('coding completeness = 5 of 6 handled legs with reason and outcome', () => {
    expect(valueOf('data_completeness')).toBeCloseTo(5 / 6, 10);
  });
});
