import fc from 'fast-check';
import { INACTIVE, type DebounceState, type Transition } from '../lifecycle/debounced-condition';
import type { Observation } from '../observations/observation';
import { watchedMetric } from '../observations/watched-metrics';
import type { WatchedMetric } from '../observations/watched-metric';
import { BURN_RATE_RULES, THRESHOLD_RULES, type BreachRuleSet, type BreachThreshold } from './breach-rules';
import { stepBreach } from './breach-detector';
import { appendToWindow, type WindowEntry } from './observation-window';

/** `count` copies of `item`, typed (Array(n).fill gives any[]). */
const repeat = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);
const I = 900_000;
const T0 = 20_000 * I;

function metric(id: string): WatchedMetric {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(id);
  }
  return m;
}

/** Feeds one observation per interval through window + breach step; returns the transitions and the last judgement. */
function feed(m: WatchedMetric, observations: readonly Observation[], threshold: BreachThreshold, rules: BreachRuleSet) {
  let entries: WindowEntry[] = [];
  let state: DebounceState = INACTIVE;
  const transitions: Transition[] = [];
  const severities: Array<string | null> = [];
  for (const [i, o] of observations.entries()) {
    const at = T0 + i * I;
    entries = appendToWindow(entries, at, o, 19);
    const { step } = stepBreach(state, m, entries, at, threshold, rules);
    state = step.state;
    transitions.push(step.transition);
    severities.push(step.severity);
  }
  return { transitions, severities, state };
}

const share = (bad: number, trials = 100): Observation => ({ kind: 'proportion', bad, trials });
const ABANDON_TARGET: BreachThreshold = { value: 0.08, source: 'target' };

describe('breach detector', () => {
  it('fires critical at once when 25 % of the day budget burns in the hour (burn ≥ 3 over 1 h and 15 min)', () => {
    // Abandonment target 8 %: burn 3 = 24 %. 25 of 100 in the first interval: the 1-hour window
    // holds 100 trials (≥ 30) at 25 %, the 15-minute one too → critical, `for` = 1.
    const { transitions, severities } = feed(metric('abandonment_rate'), [share(25)], ABANDON_TARGET, BURN_RATE_RULES);
    expect(transitions).toEqual(['fired']);
    expect(severities).toEqual(['critical']);
  });

  it('warns when half the budget burns in four hours (burn ≥ 1.5 over 4 h and 30 min)', () => {
    // 13 % (burn 1.63) for six intervals: the warning pair holds from the first; the critical one never.
    const { transitions, severities } = feed(metric('abandonment_rate'), repeat(6, share(13)), ABANDON_TARGET, BURN_RATE_RULES);
    expect(transitions[0]).toBe('fired');
    expect(new Set(severities)).toEqual(new Set(['warning']));
  });

  it('is not fooled by a bad long window once the short window has recovered (fast reset)', () => {
    // Four intervals at 20 % (burn 2.5) fire the warning; then 2 %. First 2 % interval: the 30-minute
    // window is (20 + 2)/200 = 11 % (burn 1.4: neither entry nor exit). Second and third: the 30-minute
    // window is at 2 % (burn 0.25 ≤ 1) twice → resolved, although the 4-hour window is still at 86/700 = 12.3 %.
    const observations = [...repeat(4, share(20)), share(2), share(2), share(2)];
    const { transitions } = feed(metric('abandonment_rate'), observations, ABANDON_TARGET, BURN_RATE_RULES);
    expect(transitions).toEqual(['fired', 'firing', 'firing', 'firing', 'firing', 'firing', 'resolved']);
  });

  it('does not judge without enough sample', () => {
    // 5 trials per interval, all abandoned: the 1-hour window never reaches the 30 the KPI needs.
    const { transitions } = feed(metric('abandonment_rate'), repeat(3, share(5, 5)), ABANDON_TARGET, BURN_RATE_RULES);
    expect(transitions).toEqual(['none', 'none', 'none']);
  });

  it('resolves when the queue closes (no sample left to be in breach with)', () => {
    // Closed from the second interval: the 30-minute windows still hold the 30 % interval once (the
    // warning pair holds), then are empty twice → resolved.
    const observations = [share(30), share(0, 0), share(0, 0), share(0, 0)];
    expect(feed(metric('abandonment_rate'), observations, ABANDON_TARGET, BURN_RATE_RULES).transitions).toEqual([
      'fired',
      'firing',
      'firing',
      'resolved',
    ]);
  });

  it('debounces threshold rules: `for` = 2, critical beyond 1.5× the line', () => {
    const mean = (seconds: number): Observation => ({ kind: 'mean', sum: seconds * 40, sumSquares: 0, count: 40 });
    const line: BreachThreshold = { value: 300, source: 'benchmark' };
    // 360 s = 1.2× a 300 s line on the hour and the quarter: pending, then firing (warning).
    const { transitions, severities } = feed(
      metric('average_handle_time'),
      [mean(360), mean(360), mean(600), mean(600)],
      line,
      THRESHOLD_RULES,
    );
    expect(transitions).toEqual(['pending', 'fired', 'firing', 'firing']);
    // Third interval: 1-hour window (360 + 360 + 600)/3 = 440 s = 1.47× < 1.5 → still warning;
    // fourth: (360·2 + 600·2)/4 = 480 s = 1.6× and the 15-minute 600 s = 2× → critical.
    expect(severities).toEqual(['warning', 'warning', 'warning', 'critical']);
  });

  it('has hysteresis: values between the exit and the entry line never produce resolve/fire pairs', () => {
    // Fired by 16 intervals at 13 %; afterwards anything from 9 % to 20 % (worse than the 8 % exit line).
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 9, max: 20 }), { minLength: 1, maxLength: 60 }), (bads) => {
        const observations = [...repeat(16, share(13)), ...bads.map((b) => share(b))];
        const { transitions } = feed(metric('abandonment_rate'), observations, ABANDON_TARGET, BURN_RATE_RULES);
        expect(transitions.filter((t) => t === 'fired')).toHaveLength(1);
        expect(transitions).not.toContain('resolved');
      }),
    );
  });
});
