import { faultStartSeconds, simulationEpochMs } from './fault-time';
import { exampleScenario } from './example-scenario';
import { withHistory } from './with-history';
import type { Scenario } from './scenario-schema';

const base: Scenario = {
  ...exampleScenario(),
  startDate: '2026-03-02',
  days: 14,
  faults: [
    {
      id: 'aht-up',
      kind: 'handle_time_increase',
      start: 'day 3 10:00',
      durationMinutes: 60,
      segment: {},
      change: { parameter: 'handleTime', multiply: 1.4 },
    },
  ],
};

describe('withHistory', () => {
  it('starts whole weeks earlier and keeps each fault at the same absolute time', () => {
    const longer = withHistory(base, 4);
    expect(longer.startDate).toBe('2026-02-02'); // 28 days before 2026-03-02, also a Monday
    expect(longer.days).toBe(42);
    expect(longer.faults?.[0]?.start).toBe('day 31 10:00');
    const absolute = (s: Scenario) => simulationEpochMs(s) + faultStartSeconds(s.faults?.[0]?.start ?? '', s) * 1000;
    expect(absolute(longer)).toBe(absolute(base));
  });

  it('leaves absolute fault times alone and refuses more than 366 days', () => {
    const fixed = { ...base, faults: [{ ...base.faults![0]!, start: '2026-03-04T08:00:00Z' }] };
    expect(withHistory(fixed, 2).faults?.[0]?.start).toBe('2026-03-04T08:00:00Z');
    expect(() => withHistory(base, 51)).toThrow(/366-day limit/);
    expect(() => withHistory(base, 1.5)).toThrow(RangeError);
  });
});
