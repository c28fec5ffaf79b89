import { DatabaseUnavailableError, isTransientDatabaseError } from './database-unavailable.error';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isTransientDatabaseError', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', '57P01', '08006', '53300'])('treats %s as an outage', (code) => {
    expect(isTransientDatabaseError(withCode(code))).toBe(true);
  });

  it.each(['22P02', '23505', '22P05', '42P01'])('treats SQLSTATE %s as a data or code problem', (code) => {
    expect(isTransientDatabaseError(withCode(code))).toBe(false);
  });

  it('recognises a terminated connection by its message', () => {
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('looks through TypeORM driverError wrappers', () => {
    expect(isTransientDatabaseError(Object.assign(new Error('query failed'), { driverError: withCode('ECONNREFUSED') }))).toBe(true);
  });

  it('keeps its own wrapper transient and non-errors not', () => {
    expect(isTransientDatabaseError(new DatabaseUnavailableError(new Error('down')))).toBe(true);
    expect(isTransientDatabaseError('ECONNREFUSED')).toBe(false);
  });
});
