// D. QA KPIs on the billing morning: e1 80 (clean), e2 60 with a customer-critical error later
// corrected to 70 (clean), e3 90 with a compliance-critical error. Only the latest e2 counts.
import { valueOf } from '../support/morning-input';

describe('quality KPIs, billing morning', () => {
  it('QA score = (80 + 70 + 90) / 3 = 80 points', () => {
    expect(valueOf('qa_score')).toBeCloseTo(80, 10);
  });

  it('critical error accuracy: customer 3/3 (after the correction), business 3/3, compliance 2/3', () => {
    expect(valueOf('critical_error_accuracy_customer')).toBeCloseTo(1, 10);
    expect(valueOf('critical_error_accuracy_business')).toBeCloseTo(1, 10);
    expect(valueOf('critical_error_accuracy_compliance')).toBeCloseTo(2 / 3, 10);
  });

  it('QA coverage = 3 evaluations / 6 handled', () => {
    expect(valueOf('qa_coverage')).toBeCloseTo(0.5, 10);
  });
});
