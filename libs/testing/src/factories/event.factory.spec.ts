import { createEventValidator, EVENT_TYPES, MAX_EVENT_BYTES } from '@vahti/contracts';
import { createEventFactory, INVALID_EVENT_VARIANTS, type InvalidEventKind } from './event.factory';

const validate = createEventValidator();

describe('makeEvent', () => {
  it.each(EVENT_TYPES)('%s: builds a valid event', (type) => {
    const event = createEventFactory().makeEvent(type);
    expect(event.type).toBe(type);
    expect(validate(event).ok).toBe(true);
  });

  it('is deterministic and gives unique ids and increasing times', () => {
    const a = createEventFactory({ seed: 's1' });
    const b = createEventFactory({ seed: 's1' });
    const first = EVENT_TYPES.map((t) => a.makeEvent(t));
    expect(EVENT_TYPES.map((t) => b.makeEvent(t))).toEqual(first);
    expect(new Set(first.map((e) => e.id)).size).toBe(EVENT_TYPES.length);
    expect(first[0]?.id).toBe('s1-000000');
    expect(first.map((e) => e.time)).toEqual([...first.map((e) => e.time)].sort());
    a.reset();
    expect(a.makeEvent('io.vahti.contact.offered.v1').id).toBe('s1-000000');
  });

  it('applies envelope and data overrides, and removes fields set to undefined', () => {
    const { makeEvent } = createEventFactory({ tenantid: 'globex' });
    const event = makeEvent('io.vahti.contact.answered.v1', {
      id: 'x-1',
      time: '2025-03-03T09:00:00Z',
      subject: 'contact/c-9',
      data: { queueId: 'sales-en', waitSeconds: 3, teamId: undefined },
    });
    expect(event).toMatchObject({ id: 'x-1', time: '2025-03-03T09:00:00Z', tenantid: 'globex', subject: 'contact/c-9' });
    expect(event.data).toMatchObject({ queueId: 'sales-en', waitSeconds: 3, agentId: 'agent-0042' });
    expect('teamId' in event.data).toBe(false);
    expect(makeEvent('io.vahti.contact.ended.v1', { tenantid: 'initech' }).tenantid).toBe('initech');
  });

  it('refuses overrides that make the event invalid', () => {
    const { makeEvent } = createEventFactory();
    expect(() => makeEvent('io.vahti.contact.answered.v1', { data: { waitSeconds: -1 } })).toThrow('/data/waitSeconds');
    expect(() => makeEvent('io.vahti.agent.state_changed.v1', { data: { state: 'available' } })).toThrow('/data/auxReason');
  });
});

describe('makeInvalidEvent', () => {
  const cases = (Object.keys(INVALID_EVENT_VARIANTS) as InvalidEventKind[]).flatMap((kind) =>
    INVALID_EVENT_VARIANTS[kind].map((variant) => [kind, variant] as const),
  );
  const now = new Date('2025-03-03T12:00:00Z');

  it.each(cases)('%s / %s is rejected for exactly that reason', (kind, variant) => {
    const invalid = createEventFactory().makeInvalidEvent(kind, { variant, now });
    expect(invalid).toMatchObject({ kind, variant, expectedReason: kind });
    expect(invalid.buffer.toString('utf8')).toBe(invalid.text);
    expect(invalid.text).not.toContain('\n');

    if (kind === 'malformed_json') {
      expect(() => JSON.parse(invalid.text) as unknown).toThrow(SyntaxError);
      return;
    }
    const result = validate(JSON.parse(invalid.text));
    if (kind === 'oversize' || kind === 'timestamp_in_future') {
      // Valid as an event: only the ingestor's size or clock check may reject it.
      expect(result.ok).toBe(true);
      return;
    }
    expect(result.ok ? result : { reason: result.reason, field: result.field }).toEqual({ reason: kind, field: invalid.expectedField });
  });

  it('makes oversize records of the requested size, just over the limit by default', () => {
    const { makeInvalidEvent } = createEventFactory();
    expect(makeInvalidEvent('oversize').buffer.length).toBe(MAX_EVENT_BYTES + 1);
    expect(makeInvalidEvent('oversize', { sizeBytes: 200_000 }).buffer.length).toBe(200_000);
    expect(() => makeInvalidEvent('oversize', { sizeBytes: 10 })).toThrow('smaller than the event');
  });

  it('dates future events one day after the given now', () => {
    const invalid = createEventFactory().makeInvalidEvent('timestamp_in_future', { now });
    expect((JSON.parse(invalid.text) as { time: string }).time).toBe('2025-03-04T12:00:00.000Z');
  });

  it('uses the requested tenant', () => {
    const invalid = createEventFactory().makeInvalidEvent('schema_violation', { tenantid: 'globex', variant: 'csat_out_of_range' });
    expect(JSON.parse(invalid.text)).toMatchObject({ tenantid: 'globex', data: { csat: 9 } });
  });
});
