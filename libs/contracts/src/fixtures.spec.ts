// Hand-written fixtures, independent of the catalog examples: what a real producer might send.
// Every file in not-ok/ must have an expectation here, so a new fixture cannot be silently ignored.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEventValidator } from './index';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/events');
const validate = createEventValidator();

function files(folder: 'ok' | 'not-ok'): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function read(folder: 'ok' | 'not-ok', name: string): string {
  return readFileSync(join(FIXTURES, folder, name), 'utf8');
}

const NOT_OK: Record<string, { reason: string; field?: string }> = {
  'malformed-truncated.json': { reason: 'malformed_json' },
  'missing-specversion.json': { reason: 'envelope_invalid', field: '/specversion' },
  'tenantid-camel-case-attribute.json': { reason: 'envelope_invalid', field: '/tenantId' },
  'time-without-offset.json': { reason: 'envelope_invalid', field: '/time' },
  'unknown-type.json': { reason: 'unknown_type', field: '/type' },
  'unknown-version.json': { reason: 'unknown_type', field: '/type' },
  'negative-wait.json': { reason: 'schema_violation', field: '/data/waitSeconds' },
  'csat-out-of-range.json': { reason: 'schema_violation', field: '/data/csat' },
  'wait-in-milliseconds-field.json': { reason: 'schema_violation', field: '/data/waitSeconds' },
  'aux-without-reason.json': { reason: 'schema_violation', field: '/data/auxReason' },
  'survey-without-scores.json': { reason: 'schema_violation', field: '/data' },
};

describe('test/fixtures/events', () => {
  it('has fixtures in both folders, and an expectation for every not-ok file', () => {
    expect(files('ok').length).toBeGreaterThanOrEqual(5);
    expect(files('not-ok')).toEqual(Object.keys(NOT_OK).sort());
  });

  it.each(files('ok'))('ok/%s is valid', (name) => {
    const result = validate(JSON.parse(read('ok', name)));
    expect(result.ok ? 'ok' : result).toBe('ok');
  });

  it.each(files('not-ok'))('not-ok/%s is rejected for the expected reason and field', (name) => {
    const expected = NOT_OK[name];
    const text = read('not-ok', name);
    if (expected?.reason === 'malformed_json') {
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
      return;
    }
    const result = validate(JSON.parse(text));
    expect(result.ok ? { reason: 'ok' } : { reason: result.reason, field: result.field }).toEqual(expected);
  });
});
