// Group keys batch related alerts into one notification (Alertmanager's group_by, §C.1) and key the
// notification log, so they must be stable: the same tenant, route and group-label values always
// give the same key. Readable on purpose, in Alertmanager's "<route>:{label="value",...}" form, since
// the key shows up in webhook bodies and logs. `...` groups by every identifying label (no
// batching); severity is left out of it so an escalation stays in its group.
import { identifyingLabels } from '../lifecycle/fingerprint';
import type { AlertLabels } from '../model/alert-signal';

/** The labels of `labels` named in `groupBy` (absent ones are left out, as in Alertmanager). */
export function groupLabelsOf(labels: AlertLabels, groupBy: readonly string[]): Record<string, string> {
  if (groupBy.includes('...')) {
    return sortedLabels(identifyingLabels(labels));
  }
  const out: Record<string, string> = {};
  for (const name of [...groupBy].sort()) {
    const value = labels[name];
    if (value !== undefined) {
      out[name] = value;
    }
  }
  return out;
}

/** `<tenant>/<route key>:{a="1",b="2"}`, labels sorted by name, values JSON-quoted. */
export function groupKeyOf(tenantId: string, routeKey: string, groupLabels: AlertLabels): string {
  const inner = Object.keys(groupLabels)
    .sort()
    .map((name) => `${name}=${JSON.stringify(groupLabels[name] ?? '')}`)
    .join(',');
  return `${tenantId}/${routeKey}:{${inner}}`;
}

function sortedLabels(labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(labels).sort()) {
    out[name] = labels[name] ?? '';
  }
  return out;
}
