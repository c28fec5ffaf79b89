/** One problem in a scenario: where (JSON pointer) and what was expected. */
export interface ScenarioProblem {
  readonly pointer: string;
  readonly message: string;
}

/** A scenario that does not validate; the message lists every problem, each naming file and field. */
export class ScenarioError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    super(
      `${fileName}: invalid scenario (${problems.length} problem${problems.length === 1 ? '' : 's'})\n` +
        problems.map((p) => `  ${fileName}: ${p.pointer === '' ? '(root)' : p.pointer}: ${p.message}`).join('\n'),
    );
    this.name = 'ScenarioError';
  }
}
