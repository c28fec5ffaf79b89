import { watchedMetric } from '../observations/watched-metrics';
import { breachSentence, formatMetric, shiftSentence, sinceLabel, slotLabel, windowLabel } from './reason-text';

const T = Date.UTC(2026, 2, 10, 8, 15); // Tuesday 10 March 2026, 08:15 UTC = 10:15 in Helsinki (UTC+2)
const metric = (id: string) => {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(id);
  }
  return m;
};

describe('reason text', () => {
  it('labels slots and times in local time', () => {
    expect(slotLabel(T, 120)).toBe('Tuesday 10:15');
    expect(slotLabel(T, 0)).toBe('Tuesday 08:15');
    expect(sinceLabel(T - 900_000, T, 120)).toBe('10:00');
    // 19:30 local the evening before.
    expect(sinceLabel(Date.UTC(2026, 2, 9, 17, 30), T, 120)).toBe('Mon 19:30');
    expect(windowLabel(1)).toBe('15 min');
    expect(windowLabel(4)).toBe('1 h');
    expect(windowLabel(16)).toBe('4 h');
    expect(windowLabel(6)).toBe('1.5 h');
  });

  it('says what a shift is, against what, since when', () => {
    expect(shiftSentence(metric('abandonment_rate'), 0.14, 212, 0.05, T, T - 900_000, 120, false)).toBe(
      'abandonment 14 % (n = 212) vs 5 % expected for Tuesday 10:15, sustained since 10:00',
    );
    expect(formatMetric(metric('offered_volume'), 57.4)).toBe('57 contacts per 15 min');
    expect(formatMetric(metric('average_handle_time'), 432)).toBe('7 min 12 s');
  });

  it('says what a breach is, over which window, against which line', () => {
    expect(
      breachSentence(metric('service_level'), 0.62, 812, 16, { value: 0.8, source: 'target' }, 1.9, T - 3_600_000, T, 120, false),
    ).toBe('service level 62 % over the last 4 h (n = 812) vs target 80 % (burn rate 1.9), since 09:15');
    expect(breachSentence(metric('average_speed_of_answer'), 25, 90, 2, { value: 30, source: 'benchmark' }, 0.8, T, T, 120, true)).toBe(
      'average speed of answer 25 s over the last 30 min (n = 90) vs benchmark median 30 s (burn rate 0.8); breach since 10:15 over',
    );
  });
});
