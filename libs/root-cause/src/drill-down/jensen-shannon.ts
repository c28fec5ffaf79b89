// Adtributor's "surprise" (Bhagwan et al., NSDI'14; detection-and-stack §B.1): how unexpected an
// element's share of the total is, as its term of the Jensen–Shannon divergence between the
// expected (baseline) and the observed distribution over a dimension's elements. In bits, so a
// whole dimension's surprise lies in [0, 1]; a share of 0 contributes 0·log 0 = 0.

/** One element's term: ½·[p·log₂(2p/(p+q)) + q·log₂(2q/(p+q))] for baseline share p and current share q. */
export function surpriseTerm(p: number, q: number): number {
  if (!(p >= 0 && q >= 0)) {
    throw new RangeError(`shares must be ≥ 0, got ${p} and ${q}`);
  }
  const m = p + q;
  if (m === 0) {
    return 0;
  }
  const part = (x: number): number => (x === 0 ? 0 : x * Math.log2((2 * x) / m));
  return 0.5 * (part(p) + part(q));
}

/** A share that is 0 rather than NaN for an empty total. */
export function shareOf(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}
