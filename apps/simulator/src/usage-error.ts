/** A mistake of the person running the CLI: printed as one paragraph, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
