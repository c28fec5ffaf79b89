// The lib's typed errors as HTTP answers: a forbidden transition is 409 Conflict, a bad silence or
// signal is 400 with the lib's problem list. Anything else is not the client's fault and goes on.
import { BadRequestException, ConflictException } from '@nestjs/common';
import { AlertTransitionError, InvalidSignalError, SilenceError } from '@vahti/alerting';

/** Rethrows a domain error as its HTTP exception; other errors unchanged. */
export function rethrowAsHttp(error: unknown): never {
  if (error instanceof AlertTransitionError) {
    throw new ConflictException({ statusCode: 409, error: 'Conflict', message: error.message, code: error.code });
  }
  if (error instanceof SilenceError || error instanceof InvalidSignalError) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: error.message.split('\n')[0],
      problems: error.problems,
    });
  }
  throw error;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Alert and silence ids are UUIDs; anything else cannot exist (404, not a database error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
