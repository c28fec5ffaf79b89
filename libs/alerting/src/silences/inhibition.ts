// Inhibition: an active alert that matches a rule's source matchers mutes alerts matching its target
// matchers when the `equal` labels agree (prometheus/alertmanager inhibit/inhibit.go, §C.1). The
// default rule is the one §C.4 recommends: a critical alert mutes the warning about the same KPI on
// the same queue and channel (§C.4 lists kpi, queue_id, channel, team_id; our signals carry
// `queue`, and no team). Like Alertmanager, a missing label compares as "", a silenced source still
// inhibits, and an alert matching both sides cannot be inhibited by another two-sided match.
import type { AlertInstance } from '../model/alert-instance';
import { allMatch, type Matcher } from './matcher';

export interface InhibitRule {
  readonly sourceMatchers: readonly Matcher[];
  readonly targetMatchers: readonly Matcher[];
  readonly equal: readonly string[];
}

export const DEFAULT_INHIBIT_RULES: readonly InhibitRule[] = [
  {
    sourceMatchers: [{ name: 'severity', type: '=', value: 'critical' }],
    targetMatchers: [{ name: 'severity', type: '=', value: 'warning' }],
    equal: ['kpi', 'queue', 'channel'],
  },
];

type Inhibitable = Pick<AlertInstance, 'id' | 'tenantId' | 'fingerprint' | 'labels' | 'state'>;

/** Ids of the active instances that inhibit `target` under `rules` (empty: not inhibited). */
export function inhibitorsOf(target: Inhibitable, candidates: readonly Inhibitable[], rules: readonly InhibitRule[]): string[] {
  const out = new Set<string>();
  for (const rule of rules) {
    if (!allMatch(rule.targetMatchers, target.labels)) {
      continue;
    }
    const targetIsSource = allMatch(rule.sourceMatchers, target.labels);
    for (const source of candidates) {
      if (
        source.state !== 'resolved' &&
        source.tenantId === target.tenantId &&
        source.fingerprint !== target.fingerprint &&
        allMatch(rule.sourceMatchers, source.labels) &&
        !(targetIsSource && allMatch(rule.targetMatchers, source.labels)) &&
        rule.equal.every((name) => (source.labels[name] ?? '') === (target.labels[name] ?? ''))
      ) {
        out.add(source.id);
      }
    }
  }
  return [...out].sort();
}
