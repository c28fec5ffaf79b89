// ln Γ(x) by the Lanczos approximation (g = 7, nine coefficients, the widely published set, e.g.
// Numerical Recipes 3rd ed. §6.1 uses the same method [K]): about 15 significant digits for x > 0,
// which is all the Poisson tail needs.

const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (reflection below 0.5). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let series = COEFFICIENTS[0] ?? 1;
  COEFFICIENTS.forEach((c, i) => {
    if (i > 0) {
      series += c / (z + i);
    }
  });
  const t = z + G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}
