// The de-duplication key of an alert: the same tenant and identifying labels always give the same
// fingerprint, whatever the label order and whatever the severity (detection-and-stack.md §C.4:
// severity is not part of the identity, so an escalation updates the instance instead of opening a
// second one). 16 hex characters = 64 bits, the width of Alertmanager's fingerprint (§C.1 sample
// "1a30ba71cca2921f"); the tenant is hashed in, so the birthday bound applies per deployment: about
// 3e-8 for a million distinct series.
import { NON_IDENTIFYING_LABELS } from '../model/constants';
import type { AlertLabels } from '../model/alert-signal';
import { stableHash } from '../model/stable-hash';

export const FINGERPRINT_LENGTH = 16;

/** The identifying labels: every label except the non-identifying ones (severity). */
export function identifyingLabels(labels: AlertLabels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) {
    if (!NON_IDENTIFYING_LABELS.has(name)) {
      out[name] = value;
    }
  }
  return out;
}

/** Stable hash of tenant + identifying labels: first 16 hex chars of SHA-256. */
export function fingerprintOf(tenantId: string, labels: AlertLabels): string {
  return stableHash({ tenantId, labels: identifyingLabels(labels) }).slice(0, FINGERPRINT_LENGTH);
}
