// A configuration that does not validate, with every problem and where it is, so an operator fixes
// the file in one pass instead of one error per restart.

/** One problem: a slash path into the document (e.g. `tenants/acme/routes/0/receivers/1`) and what is wrong. */
export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
}

/** `path: message`, with `(root)` for the document itself. */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.path === '' ? '(root)' : problem.path}: ${problem.message}`;
}

/** Thrown by validateAlertingConfig; the message lists every problem, one per line. */
export class AlertingConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `invalid alerting configuration (${problems.length} problem${problems.length === 1 ? '' : 's'})\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'AlertingConfigError';
  }
}
