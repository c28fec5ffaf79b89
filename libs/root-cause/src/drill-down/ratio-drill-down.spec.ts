import fc from 'fast-check';
import type { ElementChange } from './element-change';
import { ratioDrillDown, type RatioRow } from './ratio-drill-down';

const row = (value: string, baseline: [number, number], current: [number, number]): RatioRow => ({
  value,
  baseline: { numerator: baseline[0], denominator: baseline[1] },
  current: { numerator: current[0], denominator: current[1] },
});
const element = (elements: readonly ElementChange[], value: string): ElementChange => {
  const found = elements.find((e) => e.value === value);
  if (found === undefined) {
    throw new Error(`no element ${value}`);
  }
  return found;
};

describe('ratio drill-down, mix vs rate', () => {
  it('billing contacts got slower: all rate', () => {
    // AHT over 100 handled contacts: billing 65 at 360 s → 504 s (+40 %), account 35 at 330 s.
    // Whole: (65·360 + 35·330)/100 = 349.5 s → (65·504 + 35·330)/100 = 443.1 s, Δ = 93.6 s.
    // Billing: mix (0.65 − 0.65)·… = 0, rate 0.65·(504 − 360) = 93.6 → EP 1; account 0.
    const drill = ratioDrillDown([row('billing', [65 * 360, 65], [65 * 504, 65]), row('account', [35 * 330, 35], [35 * 330, 35])]);
    expect(drill?.change).toBeCloseTo(93.6, 10);
    const billing = element(drill?.elements ?? [], 'billing');
    expect(billing.mix).toBeCloseTo(0, 12);
    expect(billing.rate).toBeCloseTo(93.6, 10);
    expect(billing.explanatoryPower).toBeCloseTo(1, 12);
    // Even spread: max(w′ = 0.65, w′·p / Σ w′·p = 0.65·360/349.5 = 0.669528).
    expect(billing.evenPower).toBeCloseTo(0.669528, 6);
    expect(element(drill?.elements ?? [], 'account').total).toBeCloseTo(0, 12);
  });

  it('more billing contacts arrived: all mix, shared between the element that grew and the one that shrank', () => {
    // Same rates, billing 65 → 80 of 100: whole 349.5 → (80·360 + 20·330)/100 = 354 s, Δ = 4.5 s.
    // Mix centred on P = 349.5: billing (0.80 − 0.65)·(360 − 349.5) = 1.575, account (0.20 − 0.35)·(330 − 349.5) = 2.925.
    const drill = ratioDrillDown([row('billing', [65 * 360, 65], [80 * 360, 80]), row('account', [35 * 330, 35], [20 * 330, 20])]);
    const billing = element(drill?.elements ?? [], 'billing');
    const account = element(drill?.elements ?? [], 'account');
    expect(billing.mix).toBeCloseTo(1.575, 10);
    expect(account.mix).toBeCloseTo(2.925, 10);
    expect(billing.rate).toBeCloseTo(0, 12);
    expect(account.explanatoryPower).toBeCloseTo(0.65, 10);
  });

  it('an element new in the alert window is all mix, at its own rate', () => {
    // Transfers / handled: billing 1/100 → 1/100, account 0/50 → 0/50, tech absent → 15/15 (misrouted, all transferred).
    // Whole 1/150 = 0.006667 → 16/165 = 0.096970, Δ = 0.090303.
    // Tech: w 0 → 15/165 = 0.090909, rate 1 taken as its baseline: mix 0.090909·(1 − 0.006667) = 0.090303 = Δ.
    // Billing (w 2/3 → 100/165) and account (1/3 → 50/165) cancel: ∓0.000202.
    const drill = ratioDrillDown([row('billing', [1, 100], [1, 100]), row('account', [0, 50], [0, 50]), row('tech', [0, 0], [15, 15])]);
    const tech = element(drill?.elements ?? [], 'tech');
    expect(tech.baselineRate).toBeNull();
    expect(tech.mix).toBeCloseTo(0.090303, 6);
    expect(tech.rate).toBe(0);
    expect(tech.explanatoryPower).toBeCloseTo(1, 10);
    expect(element(drill?.elements ?? [], 'billing').mix).toBeCloseTo(-0.000202, 6);
  });

  it('takes signed numerators (forecast accuracy) and reads the surprise on the bad events', () => {
    // Volume forecast accuracy = (actual − |error|) / actual per queue, bad = |error|.
    // Queue a: actual 100, error 10 → actual 100, error 150 (numerator −50); queue b: 100, error 10 in both.
    // Whole (90 + 90)/200 = 0.9 → (−50 + 90)/200 = 0.2, Δ = −0.7; a: weights 0.5 → 0.5, rate 0.5·(−0.5 − 0.9) = −0.7, EP 1.
    // Surprise of a on the error shares 10/20 = 0.5 → 150/160 = 0.9375:
    // ½·[0.5·log₂(2·0.5/1.4375) + 0.9375·log₂(2·0.9375/1.4375)] = 0.048795; the weights did not move (0).
    const part = (actual: number, error: number) => ({ numerator: actual - error, denominator: actual, bad: error });
    const drill = ratioDrillDown([
      { value: 'a', baseline: part(100, 10), current: part(100, 150) },
      { value: 'b', baseline: part(100, 10), current: part(100, 10) },
    ]);
    const a = element(drill?.elements ?? [], 'a');
    expect(drill?.change).toBeCloseTo(-0.7, 12);
    expect(a.rate).toBeCloseTo(-0.7, 12);
    expect(a.explanatoryPower).toBeCloseTo(1, 12);
    expect(a.surprise).toBeCloseTo(0.048795, 6);
    // b's error share 0.5 → 0.0625: ½·[0.5·log₂(1/0.5625) + 0.0625·log₂(0.125/0.5625)] = 0.139709.
    expect(element(drill?.elements ?? [], 'b').surprise).toBeCloseTo(0.139709, 6);
  });

  it('refuses a negative count of bad events rather than computing a surprise from it', () => {
    expect(() => ratioDrillDown([row('a', [-5, 10], [1, 10])])).toThrow(RangeError);
  });

  it('is null without a denominator in a window', () => {
    expect(ratioDrillDown([row('a', [0, 0], [1, 2])])).toBeNull();
  });

  it('splits the whole change exactly, whatever the rows (property)', () => {
    const part = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }));
    const rows = fc.array(fc.tuple(part, part), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, (pairs) => {
        // Numerator ≤ denominator: a proportion (x successes of n).
        const input = pairs.map(([[x, n], [x1, n1]], i) => row(`e${i}`, [Math.min(x, n), n], [Math.min(x1, n1), n1]));
        const drill = ratioDrillDown(input);
        if (drill === null) {
          return;
        }
        const sum = drill.elements.reduce((s, e) => s + e.total, 0);
        expect(sum).toBeCloseTo(drill.change, 10);
        const mix = drill.elements.reduce((s, e) => s + e.mix, 0);
        const rate = drill.elements.reduce((s, e) => s + e.rate, 0);
        expect(mix + rate).toBeCloseTo(drill.change, 10);
      }),
    );
  });
});
