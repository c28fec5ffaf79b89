// Tenant rules apply to a queue, a channel, both or neither; the most specific matching rule wins
// per field: queue+channel, then queue, then channel, then the rule for the whole tenant.

export interface Scoped {
  readonly queue?: string;
  readonly channel?: string;
}

// Higher is more specific; rules that do not match score -1.
function specificity(rule: Scoped, queueId: string | undefined, channelId: string | undefined): number {
  if ((rule.queue !== undefined && rule.queue !== queueId) || (rule.channel !== undefined && rule.channel !== channelId)) {
    return -1;
  }
  return (rule.queue !== undefined ? 2 : 0) + (rule.channel !== undefined ? 1 : 0);
}

/** The indexes of the rules matching a queue and channel, least specific first (file order among equals). */
export function matchingRules(rules: readonly Scoped[], queueId: string | undefined, channelId: string | undefined): number[] {
  return rules
    .map((rule, index) => ({ index, score: specificity(rule, queueId, channelId) }))
    .filter((r) => r.score >= 0)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((r) => r.index);
}

/** Merges the matching rules, least specific first, so the most specific value wins per field. */
export function mergedRule<T extends Scoped>(rules: readonly T[], queueId: string | undefined, channelId: string | undefined): Partial<T> {
  return matchingRules(rules, queueId, channelId).reduce<Partial<T>>((acc, i) => ({ ...acc, ...rules[i] }), {});
}

/** The index of the rule whose value of `field` wins for a queue and channel, or undefined when none sets it. */
export function winningRule<T extends Scoped>(
  rules: readonly T[],
  field: keyof T,
  queueId: string | undefined,
  channelId: string | undefined,
): number | undefined {
  return matchingRules(rules, queueId, channelId)
    .filter((i) => (rules[i] as T)[field] !== undefined)
    .pop();
}
