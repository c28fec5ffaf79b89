// Stable JSON text for generated schema files: a fixed keyword order, so a TypeBox upgrade or a
// reordered option object does not churn the committed files, while field order (which readers
// rely on) stays as declared.

const KEYWORD_ORDER = [
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'maxProperties',
  'x-unit',
  'x-personal-data',
  'items',
  'required',
  'properties',
  'propertyNames',
  'additionalProperties',
  'allOf',
  'anyOf',
  'if',
  'then',
  'else',
];

function rank(key: string): number {
  const index = KEYWORD_ORDER.indexOf(key);
  return index < 0 ? KEYWORD_ORDER.length : index;
}

function compareKeys(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

// `properties` maps field names to schemas: its keys keep declaration order, its values are schemas.
function canonical(value: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => canonical(item));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const source = value as Record<string, unknown>;
  const keys = isPropertyMap ? Object.keys(source) : Object.keys(source).sort(compareKeys);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    result[key] = canonical(source[key], !isPropertyMap && key === 'properties');
  }
  return result;
}

/** Pretty JSON Schema text with a stable key order and a trailing newline. */
export function stableSchemaJson(schema: object): string {
  return `${JSON.stringify(canonical(schema), null, 2)}\n`;
}
