// Checks on a detector signal before it may change state: a signal without its identifying labels
// would get a fingerprint shared with unrelated series, and an unknown severity cannot be ordered
// for escalation. Returned as a list so the app can log every problem of a bad signal at once.
import { REQUIRED_LABELS, isSeverity } from '../model/constants';
import type { AlertSignal } from '../model/alert-signal';

/** Everything wrong with a signal; empty when it may be applied. */
export function signalProblems(signal: AlertSignal): string[] {
  const problems: string[] = [];
  if (signal.tenantId === '') {
    problems.push('tenantId: is empty');
  }
  for (const name of REQUIRED_LABELS) {
    const value = signal.labels[name];
    if (value === undefined || value === '') {
      problems.push(`labels/${name}: is required`);
    }
  }
  const severity = signal.labels.severity;
  if (severity !== undefined && severity !== '' && !isSeverity(severity)) {
    problems.push(`labels/severity: "${severity}" is not one of info, warning, critical`);
  }
  if (!Number.isFinite(signal.at)) {
    problems.push('at: is not a finite epoch-ms time');
  }
  signal.candidates.forEach((candidate, index) => {
    if (candidate.contribution !== null && !Number.isFinite(candidate.contribution)) {
      problems.push(`candidates/${index}/contribution: is not a finite number`);
    }
  });
  return problems;
}

/** A signal that cannot be applied; `problems` lists every reason. */
export class InvalidSignalError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid alert signal:\n  ${problems.join('\n  ')}`);
    this.name = 'InvalidSignalError';
  }
}
