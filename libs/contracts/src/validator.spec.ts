import { createEventValidator, EVENT_CATALOG, type EventType, type ValidationResult } from './index';

const validate = createEventValidator();

/** A deep copy of the catalog example with some envelope attributes replaced (undefined removes). */
function event(type: EventType, envelope: Record<string, unknown> = {}, data: Record<string, unknown> = {}): Record<string, unknown> {
  const example = structuredClone(EVENT_CATALOG[type].example) as unknown as Record<string, unknown>;
  const merged = { ...example, ...envelope, data: { ...(example.data as object), ...data } };
  return JSON.parse(JSON.stringify(merged)) as Record<string, unknown>;
}

function failure(result: ValidationResult): { reason: string; field: string } {
  if (result.ok) {
    throw new Error('expected a failure, got ok');
  }
  return { reason: result.reason, field: result.field };
}

describe('createEventValidator', () => {
  it('accepts a valid event and returns it unchanged', () => {
    const value = event('io.vahti.contact.answered.v1');
    const result = validate(value);
    expect(result.ok).toBe(true);
    expect(result.ok && result.event).toBe(value);
  });

  it('accepts optional attributes, RFC 3339 offsets and lower-case extension attributes', () => {
    const value = event('io.vahti.contact.ended.v1', {
      time: '2025-03-03T10:24:10.123+02:00',
      datacontenttype: undefined,
      dataschema: 'https://schemas.vahti.io/events/v1/io.vahti.contact.ended.v1.schema.json',
      subject: 'contact/c-1',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      sequence: 42,
      replayed: false,
    });
    expect(validate(value)).toEqual({ ok: true, event: value });
  });

  it('shares one compiled validator between instances', () => {
    const again = createEventValidator();
    expect(again(event('io.vahti.survey.responded.v1')).ok).toBe(true);
  });

  describe('envelope_invalid', () => {
    it.each([
      ['a non-object', null, ''],
      ['an array', [1], ''],
      ['a string', '{"specversion":"1.0"}', ''],
      ['missing specversion', event('io.vahti.contact.offered.v1', { specversion: undefined }), '/specversion'],
      ['specversion 0.3', event('io.vahti.contact.offered.v1', { specversion: '0.3' }), '/specversion'],
      ['missing id', event('io.vahti.contact.offered.v1', { id: undefined }), '/id'],
      ['empty id', event('io.vahti.contact.offered.v1', { id: '' }), '/id'],
      ['an id over 256 chars', event('io.vahti.contact.offered.v1', { id: 'x'.repeat(257) }), '/id'],
      ['a source that is not a URI-reference', event('io.vahti.contact.offered.v1', { source: 'not a uri' }), '/source'],
      ['missing type', event('io.vahti.contact.offered.v1', { type: undefined }), '/type'],
      ['missing time', event('io.vahti.contact.offered.v1', { time: undefined }), '/time'],
      ['time without offset', event('io.vahti.contact.offered.v1', { time: '2025-03-03T08:15:04' }), '/time'],
      ['an impossible date', event('io.vahti.contact.offered.v1', { time: '2025-02-30T08:15:04Z' }), '/time'],
      ['missing tenantid', event('io.vahti.contact.offered.v1', { tenantid: undefined }), '/tenantid'],
      ['upper-case tenantid', event('io.vahti.contact.offered.v1', { tenantid: 'Acme' }), '/tenantid'],
      ['tenantid over 63 chars', event('io.vahti.contact.offered.v1', { tenantid: 'a'.repeat(64) }), '/tenantid'],
      ['a non-JSON content type', event('io.vahti.contact.offered.v1', { datacontenttype: 'text/xml' }), '/datacontenttype'],
      ['a relative dataschema', event('io.vahti.contact.offered.v1', { dataschema: 'schemas/x.json' }), '/dataschema'],
      ['a camelCase attribute', event('io.vahti.contact.offered.v1', { tenantId: 'acme' }), '/tenantId'],
      ['binary data', event('io.vahti.contact.offered.v1', { data_base64: 'AAAA' }), '/data_base64'],
      ['an object-valued extension', event('io.vahti.contact.offered.v1', { trace: { id: 1 } }), '/trace'],
      ['missing data', { ...event('io.vahti.contact.offered.v1'), data: undefined }, '/data'],
      ['array data', { ...event('io.vahti.contact.offered.v1'), data: [] }, '/data'],
    ])('rejects %s at the right field', (_name, value, field) => {
      expect(failure(validate(value))).toEqual({ reason: 'envelope_invalid', field });
    });

    it('checks the envelope before the type', () => {
      expect(failure(validate(event('io.vahti.contact.offered.v1', { type: 'io.vahti.nope.v1', specversion: '2.0' })))).toEqual({
        reason: 'envelope_invalid',
        field: '/specversion',
      });
    });

    it('explains a non-object and a bad extension value in words', () => {
      const message = (result: ValidationResult): string => (result.ok ? 'ok' : result.message);
      expect(message(validate(42))).toBe('event must be a JSON object');
      expect(message(validate(event('io.vahti.contact.offered.v1', { trace: { id: 1 } })))).toBe('must be string or number or boolean');
      expect(message(validate(event('io.vahti.contact.offered.v1', { tenantId: 'acme' })))).toContain('lower-case');
    });
  });

  describe('unknown_type', () => {
    it('rejects a type that does not exist', () => {
      const result = validate(event('io.vahti.contact.offered.v1', { type: 'io.vahti.contact.teleported.v1' }));
      expect(result).toEqual({
        ok: false,
        reason: 'unknown_type',
        field: '/type',
        message: 'unknown event type "io.vahti.contact.teleported.v1"',
      });
    });

    it('rejects an unsupported version of a known type and names the supported ones', () => {
      const result = validate(event('io.vahti.contact.offered.v1', { type: 'io.vahti.contact.offered.v2' }));
      expect(result).toEqual({
        ok: false,
        reason: 'unknown_type',
        field: '/type',
        message: 'version "v2" of io.vahti.contact.offered is not supported (supported: v1)',
      });
    });

    it('checks the type before the data', () => {
      expect(
        failure(validate(event('io.vahti.contact.answered.v1', { type: 'io.vahti.contact.answered.v9' }, { waitSeconds: -1 }))),
      ).toEqual({
        reason: 'unknown_type',
        field: '/type',
      });
    });
  });

  describe('schema_violation', () => {
    it.each([
      ['negative waitSeconds', 'io.vahti.contact.answered.v1', { waitSeconds: -5 }, '/data/waitSeconds', 'must be >= 0'],
      ['waitSeconds as a string', 'io.vahti.contact.answered.v1', { waitSeconds: '18' }, '/data/waitSeconds', 'must be number'],
      ['a missing required field', 'io.vahti.contact.answered.v1', { agentId: undefined }, '/data/agentId', 'is required'],
      ['a misspelt field', 'io.vahti.contact.answered.v1', { waitSecs: 3 }, '/data/waitSecs', 'is not a field of this event type'],
      ['an unknown channel', 'io.vahti.contact.offered.v1', { channel: 'fax' }, '/data/channel', 'must be one of: "voice", "chat"'],
      ['csat 9', 'io.vahti.survey.responded.v1', { csat: 9 }, '/data/csat', 'must be <= 5'],
      ['ces 0', 'io.vahti.survey.responded.v1', { ces: 0 }, '/data/ces', 'must be >= 1'],
      ['nps 3.5', 'io.vahti.survey.responded.v1', { nps: 3.5 }, '/data/nps', 'must be integer'],
      [
        'a survey without any score',
        'io.vahti.survey.responded.v1',
        { csat: undefined, ces: undefined, nps: undefined },
        '/data',
        'must have at least one of: csat, ces, nps',
      ],
      ['QA score over 100', 'io.vahti.qa.evaluated.v1', { score: 101 }, '/data/score', 'must be <= 100'],
      ['aux without auxReason', 'io.vahti.agent.state_changed.v1', { auxReason: undefined }, '/data/auxReason', 'is required'],
      ['auxReason outside aux', 'io.vahti.agent.state_changed.v1', { state: 'busy' }, '/data/auxReason', 'is not allowed here'],
      [
        'free text as a reason code',
        'io.vahti.contact.ended.v1',
        { contactReason: 'customer Anna was angry' },
        '/data/contactReason',
        'must match pattern',
      ],
      ['a callback without its due time', 'io.vahti.contact.offered.v1', { channel: 'callback' }, '/data/callbackDueAt', 'is required'],
      [
        'a leaver without separation kind',
        'io.vahti.employee.changed.v1',
        { change: 'left', absence: undefined },
        '/data/separation',
        'is required',
      ],
      ['an empty customerId', 'io.vahti.contact.ended.v1', { customerId: '' }, '/data/customerId', 'must NOT have fewer than 1 characters'],
      [
        'a property name needing escapes',
        'io.vahti.contact.ended.v1',
        { 'a/b~c': 1 },
        '/data/a~1b~0c',
        'is not a field of this event type',
      ],
    ] as const)('rejects %s', (_name, type, data, field, message) => {
      const result = validate(event(type, {}, data));
      expect(result.ok ? result : { reason: result.reason, field: result.field }).toEqual({ reason: 'schema_violation', field });
      expect(result.ok ? '' : result.message).toContain(message);
    });

    it('points into arrays', () => {
      const schedule = event('io.vahti.schedule.published.v1');
      const entries = (schedule.data as { entries: Record<string, unknown>[] }).entries;
      entries[2] = { ...entries[2], activity: 'napping' };
      expect(failure(validate(schedule))).toEqual({ reason: 'schema_violation', field: '/data/entries/2/activity' });
    });

    it('enforces array size limits', () => {
      const forecast = event('io.vahti.forecast.published.v1');
      const data = forecast.data as { intervals: unknown[] };
      data.intervals = Array.from({ length: 401 }, () => data.intervals[0]);
      expect(failure(validate(forecast))).toEqual({ reason: 'schema_violation', field: '/data/intervals' });
    });
  });
});
