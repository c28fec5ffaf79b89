import { PERSONAL_DATA_KEYWORD } from './annotations';
import { allDefinitions } from './catalog';
import { EVENT_TYPES, personalDataFields, type EventType } from './index';

/** Every pointer in `schema` whose subschema carries the personal-data annotation. */
function annotatedPointers(schema: unknown, pointer = ''): string[] {
  if (schema === null || typeof schema !== 'object') {
    return [];
  }
  const own = (schema as Record<string, unknown>)[PERSONAL_DATA_KEYWORD] === true ? [pointer] : [];
  return [...own, ...Object.entries(schema).flatMap(([key, value]) => annotatedPointers(value, `${pointer}/${key}`))];
}

describe('personalDataFields', () => {
  it.each([
    ['io.vahti.contact.offered.v1', ['customerId']],
    ['io.vahti.contact.answered.v1', ['customerId']],
    ['io.vahti.contact.abandoned.v1', ['customerId']],
    ['io.vahti.contact.transferred.v1', ['customerId']],
    ['io.vahti.contact.ended.v1', ['customerId']],
    ['io.vahti.survey.responded.v1', ['customerId']],
    ['io.vahti.selfservice.completed.v1', ['customerId']],
    ['io.vahti.qa.evaluated.v1', []],
    ['io.vahti.agent.state_changed.v1', []],
    ['io.vahti.schedule.published.v1', []],
    ['io.vahti.forecast.published.v1', []],
    ['io.vahti.employee.changed.v1', []],
  ] as const)('%s -> %j', (type, expected) => {
    expect(personalDataFields(type)).toEqual(expected);
  });

  it('covers every type', () => {
    expect(EVENT_TYPES.filter((t: EventType) => personalDataFields(t).length > 0)).toHaveLength(7);
  });

  // The ingestor pseudonymises `data[name]` for each listed name; an annotation on a nested field
  // would be silently skipped there, so it is not allowed.
  it('annotates top-level data fields only, so `data[name]` reaches every one', () => {
    for (const d of allDefinitions()) {
      expect({ type: d.type, pointers: annotatedPointers(d.dataSchema) }).toEqual({
        type: d.type,
        pointers: personalDataFields(d.type as EventType).map((name) => `/properties/${name}`),
      });
    }
  });

  it('treats every customerId as personal data', () => {
    for (const d of allDefinitions()) {
      if ('customerId' in (d.dataSchema.properties as object)) {
        expect(personalDataFields(d.type as EventType)).toContain('customerId');
      }
    }
  });
});
