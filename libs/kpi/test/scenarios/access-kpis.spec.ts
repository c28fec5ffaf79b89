// B. Access KPIs on the billing morning, computed by hand:
// answered waits 5, 10, 15, 20, 25, 40, 60 s (T = 20 s: four within), abandons 3 s (short, S = 5 s)
// and 30 s, and one callback acceptance (neither answered nor abandoned).
import { dayInput, valueOf } from '../support/morning-input';

describe('access KPIs, billing morning', () => {
  it('service level = 4 within T / (7 answered + 2 abandoned − 1 short abandon) = 0.5', () => {
    expect(valueOf('service_level')).toBeCloseTo(4 / 8, 10);
  });

  it('ASA = 175 s / 7 answered = 25 s, with a normal-approximation interval around it', () => {
    expect(valueOf('average_speed_of_answer')).toBeCloseTo(25, 10);
  });

  it('abandonment = (2 − 1 short) / 8 counted outcomes = 12.5 %', () => {
    expect(valueOf('abandonment_rate')).toBeCloseTo(0.125, 10);
  });

  it('average time to abandon = (3 + 30) / 2 = 16.5 s (callback acceptances are not abandons)', () => {
    expect(valueOf('average_time_to_abandon')).toBeCloseTo(16.5, 10);
  });

  it('p90 wait is the 6th of 7 sorted waits (40 s) within the sketch accuracy of 1 %', () => {
    const p90 = valueOf('answer_wait_p90') ?? Number.NaN;
    expect(Math.abs(p90 - 40) / 40).toBeLessThanOrEqual(0.01);
  });

  it('intervals meeting the service level: the one interval with outcomes has 50 % < 80 % target → 0 of 1', () => {
    expect(valueOf('intervals_meeting_service_level')).toBe(0);
    expect(dayInput.total.counters.intervalsWithOutcomes).toBe(1);
  });
});
