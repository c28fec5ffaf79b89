import { createHash } from 'node:crypto';
import type { Scenario } from './scenario-schema';

/**
 * A short, stable hash of a validated scenario (seed and length included). The simulator puts it in
 * every event's `source`, so two different scenarios of one tenant — a baseline and a fault run, or
 * the same scenario cut to fewer days — never share event keys and are never taken for duplicates,
 * while re-running the very same scenario yields the same keys (and is recognised as a replay).
 */
export function scenarioFingerprint(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex').slice(0, 12);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
