import type { TSchema } from '@sinclair/typebox';
import { allDefinitions } from './catalog';
import { agentId, channel, contactId, contactReason, customerId, queueId, teamId } from './fields';
import { createEventValidator, EVENT_CATALOG, EVENT_TYPES, isEventType } from './index';

describe('EVENT_TYPES and EVENT_CATALOG', () => {
  it('lists the 12 v1 types, each once, in reverse-DNS form with the version suffix', () => {
    expect(EVENT_TYPES).toHaveLength(12);
    expect(new Set(EVENT_TYPES).size).toBe(12);
    for (const type of EVENT_TYPES) {
      expect(type).toMatch(/^io\.vahti\.[a-z]+\.[a-z_]+\.v1$/);
    }
    expect(Object.keys(EVENT_CATALOG).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(EVENT_TYPES)('%s: the example is a valid event of its own type', (type) => {
    const example = EVENT_CATALOG[type].example;
    expect(example.type).toBe(type);
    expect(createEventValidator()(example)).toEqual({ ok: true, event: example });
  });

  it.each(EVENT_TYPES)('%s: names the KPIs that use it, in catalog form', (type) => {
    const { usedBy, summary } = EVENT_CATALOG[type];
    expect(usedBy.length).toBeGreaterThan(0);
    for (const kpi of usedBy) {
      expect(kpi).toMatch(/^K\d{2} \S/);
    }
    expect(summary).toContain('`time`');
  });

  it('recognises its own types only', () => {
    expect(isEventType('io.vahti.contact.ended.v1')).toBe(true);
    expect(isEventType('io.vahti.contact.ended.v2')).toBe(false);
  });

  it('cannot be mutated by a consumer', () => {
    expect(Object.isFrozen(EVENT_CATALOG)).toBe(true);
    expect(Object.isFrozen(EVENT_CATALOG['io.vahti.contact.offered.v1'])).toBe(true);
  });
});

describe('shared data fields', () => {
  // The ingestor extracts index columns by field name from every type, so a shared field must
  // mean and constrain the same thing everywhere (only its description may be tailored).
  const canonical: Record<string, TSchema> = {
    contactId: contactId(),
    queueId: queueId(),
    toQueueId: queueId(),
    channel: channel(),
    customerId: customerId(),
    agentId: agentId(),
    toAgentId: agentId(),
    teamId: teamId(),
    contactReason: contactReason(),
  };
  const withoutDescription = (schema: TSchema): Record<string, unknown> => {
    const { description: _description, ...rest } = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
    return rest;
  };

  it.each(allDefinitions().map((d) => [d.type, d] as const))('%s uses the shared definitions', (_type, definition) => {
    const properties = definition.dataSchema.properties as Record<string, TSchema>;
    for (const [name, schema] of Object.entries(properties)) {
      const expected = canonical[name];
      if (expected !== undefined) {
        expect({ name, schema: withoutDescription(schema) }).toEqual({ name, schema: withoutDescription(expected) });
      }
    }
  });

  it('every contact event carries contactId, queueId, channel and customerId', () => {
    for (const d of allDefinitions().filter((def) => def.name.startsWith('contact.'))) {
      const required = (d.dataSchema.required ?? []) as unknown as string[];
      const missing = ['contactId', 'queueId', 'channel', 'customerId'].filter((name) => !required.includes(name));
      expect({ type: d.type, missing }).toEqual({ type: d.type, missing: [] });
    }
  });

  it('every duration field is in seconds, non-negative, and says so in its description', () => {
    const durations = allDefinitions().flatMap((d) =>
      Object.entries(d.dataSchema.properties as Record<string, Record<string, unknown>>).filter(([name]) => name.endsWith('Seconds')),
    );
    expect(durations.length).toBeGreaterThanOrEqual(6);
    for (const [name, schema] of durations) {
      expect({ name, unit: schema['x-unit'], minimum: schema.minimum, says: String(schema.description).includes('seconds') }).toEqual({
        name,
        unit: 'seconds',
        minimum: 0,
        says: true,
      });
    }
  });
});
