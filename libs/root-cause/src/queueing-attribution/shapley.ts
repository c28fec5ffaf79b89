// Exact Shapley values of a few factors: each factor's marginal effect averaged over every order in
// which the factors could have moved from their baseline to their current value,
// φ_i = Σ_{S ⊆ F∖{i}} |S|!·(n − |S| − 1)!/n! · [v(S ∪ {i}) − v(S)]. They add up to
// v(F) − v(∅) (efficiency), a factor that did not move gets 0, and the order of listing does not
// matter, which a one-at-a-time counterfactual cannot promise when the model is non-linear.
// 2^n evaluations of v: meant for the handful of drivers of one KPI.

const MAX_FACTORS = 12;

/** Shapley value of each factor for the value function `v` over coalitions (sets of factors at their current value). */
export function shapleyValues<F extends string>(factors: readonly F[], v: (coalition: ReadonlySet<F>) => number): Record<F, number> {
  const n = factors.length;
  if (n > MAX_FACTORS || new Set(factors).size !== n) {
    throw new RangeError(`shapleyValues needs at most ${MAX_FACTORS} distinct factors, got ${factors.join(', ')}`);
  }
  const values: number[] = [];
  for (let mask = 0; mask < 1 << n; mask += 1) {
    values.push(v(new Set(factors.filter((_, i) => (mask & (1 << i)) !== 0))));
  }
  const factorial = [1];
  for (let k = 1; k <= n; k += 1) {
    factorial.push((factorial[k - 1] ?? 1) * k);
  }
  const result = {} as Record<F, number>;
  factors.forEach((factor, i) => {
    let phi = 0;
    for (let mask = 0; mask < 1 << n; mask += 1) {
      if ((mask & (1 << i)) !== 0) {
        continue;
      }
      const size = popCount(mask);
      const weight = ((factorial[size] ?? 1) * (factorial[n - size - 1] ?? 1)) / (factorial[n] ?? 1);
      phi += weight * ((values[mask | (1 << i)] ?? 0) - (values[mask] ?? 0));
    }
    result[factor] = phi;
  });
  return result;
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) {
    count += 1;
  }
  return count;
}
