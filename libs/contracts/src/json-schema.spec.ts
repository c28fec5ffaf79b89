import { createAjv } from './validator';
import { envelopeJsonSchema, EVENT_CATALOG, EVENT_TYPES, eventJsonSchema } from './index';

describe('envelopeJsonSchema / eventJsonSchema', () => {
  it('are standalone draft-07 documents with an $id', () => {
    expect(envelopeJsonSchema()).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://schemas.vahti.io/events/v1/envelope.schema.json',
    });
    expect(eventJsonSchema('io.vahti.contact.ended.v1')).toMatchObject({
      $id: 'https://schemas.vahti.io/events/v1/io.vahti.contact.ended.v1.schema.json',
      properties: { type: { const: 'io.vahti.contact.ended.v1' }, data: { additionalProperties: false } },
    });
  });

  it('return a fresh plain copy each time', () => {
    const first = eventJsonSchema('io.vahti.contact.ended.v1') as Record<string, unknown>;
    first.title = 'changed';
    expect(eventJsonSchema('io.vahti.contact.ended.v1')).toMatchObject({ title: 'io.vahti.contact.ended.v1' });
    expect(Object.getOwnPropertySymbols(first)).toEqual([]);
  });

  // Other-language producers get only these files, so they must behave like our validator.
  it.each(EVENT_TYPES)('%s: the JSON Schema compiles in strict Ajv, accepts the example, rejects another type', (type) => {
    const ajv = createAjv();
    const validate = ajv.compile(eventJsonSchema(type));
    const example = EVENT_CATALOG[type].example;
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, data: { ...example.data, unexpected: 1 } })).toBe(false);
    const other = EVENT_TYPES.find((t) => t !== type) ?? type;
    expect(validate(EVENT_CATALOG[other].example)).toBe(false);
  });

  it('the envelope schema accepts every example and rejects a missing tenantid', () => {
    const validate = createAjv().compile(envelopeJsonSchema());
    for (const type of EVENT_TYPES) {
      expect(validate(EVENT_CATALOG[type].example)).toBe(true);
    }
    const { tenantid: _tenantid, ...withoutTenant } = EVENT_CATALOG['io.vahti.contact.offered.v1'].example;
    expect(validate(withoutTenant)).toBe(false);
  });
});
