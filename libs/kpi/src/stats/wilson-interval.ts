// Wilson score interval for a proportion: unlike the normal approximation it stays inside [0, 1]
// and is honest for small samples and for rates near 0 or 1 (Wilson 1927; Brown, Cai & DasGupta 2001).

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** The 95 % Wilson interval of `successes` out of `trials`, or null when it is not a proportion (no trials, or successes outside 0..trials). */
export function wilsonInterval(successes: number, trials: number, z = Z_95): readonly [number, number] | null {
  if (trials <= 0 || successes < 0 || successes > trials) {
    return null;
  }
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
