/** The database cannot be reached right now; the work should be retried later, not dropped. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator
// intervention: shutdown, crash recovery) mean "try again later"; anything else is about the data.
const TRANSIENT_SQLSTATE = /^(08|53|57P)/;
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const TRANSIENT_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i;

/** True when a pg/TypeORM error says the server is unreachable rather than that the data is bad. */
export function isTransientDatabaseError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) {
    return true;
  }
  if (!(error instanceof Error)) {
    return false;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODES.has(code))) {
    return true;
  }
  const driverError = (error as { driverError?: unknown }).driverError;
  if (driverError !== undefined && driverError !== error && isTransientDatabaseError(driverError)) {
    return true;
  }
  return TRANSIENT_MESSAGES.test(error.message);
}
