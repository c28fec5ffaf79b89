// Flattens a schema's properties into the rows of a Markdown field table, so docs/events.md
// describes exactly what the validator enforces.
import { PERSONAL_DATA_KEYWORD, UNIT_KEYWORD } from '../annotations';

type Schema = Readonly<Record<string, unknown>>;

export interface FieldRow {
  /** Dotted path; array items as `entries[].agentId`. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  /** Unit, allowed values and limits. */
  readonly allowed: string;
  readonly description: string;
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'date-time': 'RFC 3339 date-time',
  uri: 'URI',
  'uri-reference': 'URI-reference',
};

function grouped(n: number): string {
  // Thousands separators by hand: toLocaleString depends on the Node build's ICU data.
  return n >= 10000 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);
}

function code(value: unknown): string {
  return `\`${String(value)}\``;
}

function typeName(schema: Schema): string {
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Schema;
    return `array of ${String(items.type)}`;
  }
  return String(schema.type);
}

function range(min: unknown, max: unknown, unit: string): string | undefined {
  if (typeof min === 'number' && typeof max === 'number') {
    return `${grouped(min)}–${grouped(max)}${unit}`;
  }
  if (typeof min === 'number') {
    return `≥ ${grouped(min)}${unit}`;
  }
  if (typeof max === 'number') {
    return `≤ ${grouped(max)}${unit}`;
  }
  return undefined;
}

function allowed(schema: Schema): string {
  const parts: (string | undefined)[] = [
    typeof schema[UNIT_KEYWORD] === 'string' ? `unit: ${schema[UNIT_KEYWORD]}` : undefined,
    'const' in schema ? code(schema.const) : undefined,
    Array.isArray(schema.enum) ? schema.enum.map(code).join(', ') : undefined,
    typeof schema.format === 'string' ? (FORMAT_NAMES[schema.format] ?? schema.format) : undefined,
    range(schema.minimum, schema.maximum, ''),
    range(schema.minLength, schema.maxLength, ' chars'),
    range(schema.minItems, schema.maxItems, ' items'),
    typeof schema.pattern === 'string' ? `pattern ${code(schema.pattern)}` : undefined,
    schema[PERSONAL_DATA_KEYWORD] === true ? '**personal data**: pseudonymised at ingestion' : undefined,
  ];
  return parts.filter((p): p is string => p !== undefined).join('; ');
}

/** One row per property (recursing into arrays of objects), in declaration order. */
export function fieldRows(schema: Schema, prefix = ''): FieldRow[] {
  const properties = (schema.properties ?? {}) as Readonly<Record<string, Schema>>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([name, property]) => {
    const row: FieldRow = {
      path: `${prefix}${name}`,
      type: typeName(property),
      required: required.has(name),
      allowed: allowed(property),
      description: typeof property.description === 'string' ? property.description : '',
    };
    const items = property.type === 'array' ? (property.items as Schema | undefined) : undefined;
    const nested = items?.type === 'object' ? fieldRows(items, `${prefix}${name}[].`) : [];
    return [row, ...nested];
  });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The rows as a Markdown table; without the Required column for field lists that span types. */
export function fieldTable(rows: readonly FieldRow[], withRequired = true): string {
  const required = (r: FieldRow): string[] => (withRequired ? [r.required ? 'yes' : 'no'] : []);
  const header = ['Field', 'Type', ...(withRequired ? ['Required'] : []), 'Unit / allowed values', 'Description'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${[`\`${r.path}\``, r.type, ...required(r), cell(r.allowed), cell(r.description)].join(' | ')} |`),
  ];
  return lines.join('\n');
}
