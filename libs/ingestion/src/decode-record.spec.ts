import { createEventValidator } from '@vahti/contracts';
import { makeEvent, makeInvalidEvent } from '@vahti/testing';
import { decodeRecord, type DecodeContext } from './decode-record';
import { createPseudonymiser } from './pseudonymiser';

const NOW = new Date('2025-03-03T12:00:00Z');
const ctx: DecodeContext = {
  validate: createEventValidator(),
  pseudonymise: createPseudonymiser('unit-test-pseudonymisation-key'),
  maxEventBytes: 65536,
  maxFutureSkewMs: 300000,
  now: NOW,
};
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('decodeRecord', () => {
  it('extracts index columns and replaces the customer identifier with its keyed hash', () => {
    const event = makeEvent('io.vahti.contact.ended.v1', { tenantid: 'acme', time: '2025-03-03T11:00:00Z' });
    const outcome = decodeRecord(bytes(event), ctx);
    if (!outcome.ok) {
      throw new Error(outcome.detail);
    }
    const data = event.data;
    expect(outcome.event).toMatchObject({
      tenantId: 'acme',
      eventId: event.id,
      source: event.source,
      type: 'io.vahti.contact.ended.v1',
      occurredAt: '2025-03-03T11:00:00Z',
      queueId: data.queueId,
      channel: data.channel,
      agentId: data.agentId,
      contactId: data.contactId,
      customerRef: ctx.pseudonymise('acme', data.customerId),
    });
    expect(outcome.event.data).not.toContain(data.customerId);
    expect(JSON.parse(outcome.event.data)).toMatchObject({ customerId: outcome.event.customerRef, talkSeconds: data.talkSeconds });
  });

  it('leaves index columns null when the type has no such field', () => {
    const outcome = decodeRecord(bytes(makeEvent('io.vahti.agent.state_changed.v1', { time: '2025-03-03T11:00:00Z' })), ctx);
    expect(outcome.ok && outcome.event.queueId).toBeNull();
    expect(outcome.ok && outcome.event.customerRef).toBeNull();
  });

  it.each([
    ['missing_value', null],
    ['missing_value', Buffer.alloc(0)],
    ['invalid_encoding', Buffer.from([0x7b, 0xff, 0x7d])],
    ['malformed_json', Buffer.from('{"specversion":')],
    ['oversize', Buffer.from(`{"pad":"${'x'.repeat(70000)}"}`)],
  ] as const)('rejects as %s', (reason, value) => {
    expect(decodeRecord(value, ctx)).toMatchObject({ ok: false, reason });
  });

  it.each(['envelope_invalid', 'unknown_type', 'schema_violation'] as const)(
    'passes the contract verdict %s through with its field',
    (kind) => {
      const invalid = makeInvalidEvent(kind);
      const outcome = decodeRecord(invalid.buffer, ctx);
      expect(outcome).toMatchObject({ ok: false, reason: kind });
      expect(!outcome.ok && outcome.detail).toContain(invalid.expectedField);
    },
  );

  it('rejects NUL characters, which PostgreSQL cannot store', () => {
    const event = makeEvent('io.vahti.contact.offered.v1', { time: '2025-03-03T11:00:00Z', subject: 'a\u0000b' });
    expect(decodeRecord(bytes(event), ctx)).toMatchObject({ ok: false, reason: 'unsupported_content', type: event.type });
  });

  it('accepts an escaped backslash followed by u0000, which is not a NUL', () => {
    const event = makeEvent('io.vahti.contact.offered.v1', { time: '2025-03-03T11:00:00Z', subject: 'path\\u0000' });
    expect(decodeRecord(bytes(event), ctx).ok).toBe(true);
  });

  it('rejects events timed beyond the allowed clock skew, and accepts them within it', () => {
    const late = makeEvent('io.vahti.contact.offered.v1', { time: '2025-03-03T12:05:01Z' });
    const near = makeEvent('io.vahti.contact.offered.v1', { time: '2025-03-03T12:04:59Z' });
    expect(decodeRecord(bytes(late), ctx)).toMatchObject({ ok: false, reason: 'timestamp_in_future' });
    expect(decodeRecord(bytes(near), ctx).ok).toBe(true);
  });
});
