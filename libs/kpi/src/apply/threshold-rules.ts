// S ≤ T must hold for the settings a queue actually gets, after the tenant's rules and the channel
// defaults are merged (kpi-catalog K01: short abandons are those within S, and S ≤ T): a channel
// rule may set T and a queue rule S, and only together do they break the service-level formula.
import { CHANNELS } from '@vahti/contracts';
import { DEFAULT_QUEUE_SETTINGS } from './evaluation-settings';
import { type Scoped, winningRule } from './scoped-rules';

export interface ThresholdRule extends Scoped {
  readonly serviceLevelSeconds?: number;
  readonly shortAbandonSeconds?: number;
}

/** One problem per queue (each named one, and "any other") and pair of sources, naming its channels and both values. */
export function thresholdProblems(tenant: string, rules: readonly ThresholdRule[]): string[] {
  const queues = [...new Set(rules.flatMap((r) => (r.queue === undefined ? [] : [r.queue])))];
  // Channels with the same values from the same rules share one message.
  const problems = new Map<string, { queue: string; what: string; channels: string[] }>();
  for (const queueId of [undefined, ...queues]) {
    for (const channel of CHANNELS) {
      const s = resolve(rules, 'shortAbandonSeconds', queueId, channel);
      const t = resolve(rules, 'serviceLevelSeconds', queueId, channel);
      if (s.value <= t.value) {
        continue;
      }
      const queue = queueId === undefined ? 'any other queue' : `queue "${queueId}"`;
      const what = `shortAbandonSeconds ${s.value} (${s.from}) is above serviceLevelSeconds ${t.value} (${t.from})`;
      const key = `${queue}\u001f${what}`;
      const entry = problems.get(key) ?? { queue, what, channels: [] };
      entry.channels.push(channel);
      problems.set(key, entry);
    }
  }
  return [...problems.values()].map((p) => `/tenants/${tenant}: ${p.queue}, channel ${p.channels.join(', ')}: ${p.what}`);
}

function resolve(
  rules: readonly ThresholdRule[],
  field: 'shortAbandonSeconds' | 'serviceLevelSeconds',
  queueId: string | undefined,
  channel: (typeof CHANNELS)[number],
): { value: number; from: string } {
  const index = winningRule(rules, field, queueId, channel);
  const rule = index === undefined ? undefined : rules[index];
  return rule?.[field] !== undefined
    ? { value: rule[field], from: `queues/${String(index)}` }
    : { value: DEFAULT_QUEUE_SETTINGS[channel][field], from: `${channel} default` };
}
