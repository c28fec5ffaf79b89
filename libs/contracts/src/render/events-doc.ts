// Renders docs/events.md from the catalog. The prose here explains rules the schemas cannot
// (keys, versioning, de-duplication); every field, limit, example and KPI list is read from
// the schemas so the page cannot drift from what the validator enforces.
import type { TSchema } from '@sinclair/typebox';
import { allDefinitions } from '../catalog';
import { describeRule } from '../data-rules';
import type { EventDefinition } from '../event-definition';
import { ATTRIBUTE_NAME_PATTERN, EnvelopeSchema, MAX_ATTRIBUTES, MAX_EVENT_BYTES, TENANT_ID_PATTERN } from '../envelope';
import { agentId, channel, contactId, contactReason, customerId, queueId, teamId } from '../fields';
import { eventSchemaFileName, ENVELOPE_SCHEMA_FILE } from '../json-schema';
import { PARTITION_KEY_FIELDS } from '../partition-key';
import { annotatedPersonalFields } from '../personal-data';
import { fieldRows, fieldTable } from './field-table';

/** Repository-relative folder of the generated JSON Schema files. */
export const SCHEMA_DIR = 'libs/contracts/schemas/v1';

const GENERATED_NOTE =
  '<!-- Generated from the TypeBox schemas in libs/contracts/src by libs/contracts/scripts/write-json-schemas.ts. Do not edit by hand: change the schemas and run `npm run contracts:schemas`. -->';

function schemaLink(file: string): string {
  return `[\`${SCHEMA_DIR}/${file}\`](../${SCHEMA_DIR}/${file})`;
}

function anchor(type: string): string {
  return type.replace(/\./g, '');
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end < 0 ? text : text.slice(0, end + 1);
}

/** Kafka key of a type, from the key fields its data schema has (see partitionKey). */
function keyDescription(dataSchema: TSchema): string {
  const properties = (dataSchema.properties ?? {}) as Record<string, unknown>;
  const required = new Set((dataSchema.required ?? []) as string[]);
  const candidates: string[] = [];
  for (const field of PARTITION_KEY_FIELDS) {
    if (field in properties) {
      candidates.push(`\`<tenantid>/<${field}>\``);
      if (required.has(field)) {
        return candidates.join(' if present, else ');
      }
    }
  }
  return [...candidates, '`<tenantid>`'].join(' if present, else ');
}

function intro(): string {
  const sharedFields = {
    contactId: contactId(),
    queueId: queueId(),
    channel: channel(),
    customerId: customerId(),
    agentId: agentId(),
    teamId: teamId(),
    contactReason: contactReason(),
  };
  return `# Vahti events, contract v1

${GENERATED_NOTE}

Vahti watches contact-centre processes from one Kafka topic of events (ingestor → evaluator → alerter).
This page is the contract for producers and for Vahti's own code. It is generated from the TypeBox
schemas in \`libs/contracts/src\`, which are also the source of the TypeScript types, the validator
(\`createEventValidator\` in \`@vahti/contracts\`) and the JSON Schema files in \`${SCHEMA_DIR}/\`.

## Envelope

Every event is a [CloudEvents 1.0](https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md)
event in structured JSON mode: the Kafka message value is one JSON object holding the attributes
below and the payload in \`data\`. Schema: ${schemaLink(ENVELOPE_SCHEMA_FILE)}.

${fieldTable(fieldRows(EnvelopeSchema))}

- **\`tenantid\`** (CloudEvents extension attribute, required) names the Vahti tenant; pattern \`${TENANT_ID_PATTERN}\`.
  Everything Vahti stores, computes and alerts on is partitioned by it.
- **Extension attributes.** Other top-level attributes (e.g. \`traceparent\`) are accepted and ignored if their names
  follow the CloudEvents rule, lower-case letters and digits only (\`${ATTRIBUTE_NAME_PATTERN}\`), and their values are
  strings (≤ 1,024 chars), numbers or booleans; at most ${MAX_ATTRIBUTES} attributes in all. Enforcing the naming rule
  means a misspelt attribute such as \`tenantId\` is rejected instead of silently ignored. \`data_base64\` (binary
  data) is not accepted: \`data\` must be a JSON object.
- **\`data\`** rejects fields its type does not define (\`additionalProperties: false\`), so producer typos surface
  at once instead of as missing KPI input.

## Identity and de-duplication

\`id\` is the de-duplication key and must be unique per \`source\` and \`tenantid\`. A redelivered or re-sent event
keeps its \`id\` and is stored once; a producer must never reuse an \`id\` for a different occurrence. A correction
is a new event with a new \`id\` (e.g. a corrected \`qa.evaluated\` keeps its \`evaluationId\`).

## Time

\`time\` is required (optional in CloudEvents) and is when the occurrence happened; each type below says which
moment that is. Durations are in seconds and are measured by the source system, not derived from \`time\`.
The ingestor rejects events whose \`time\` is further in the future than its allowed clock skew.

## Versioning

- The schema version is part of \`type\`: \`io.vahti.<entity>.<action>.v<N>\`, e.g. \`io.vahti.contact.offered.v1\`.
- Within a version only backward-compatible changes are made: adding an *optional* field, or clarifying a
  description. Because \`data\` rejects unknown fields, the ingestor must run the contracts release that adds a field
  before producers send it (deploy consumers first, producers second).
- Anything else (removing or renaming a field, changing its type, unit or meaning, making it required, narrowing
  an enum or range) creates a new version, e.g. \`io.vahti.contact.offered.v2\`, with its own schema file. Both
  versions are accepted side by side while producers migrate; then the old one is retired.
- A known type with an unsupported version (e.g. \`.v2\` today) is rejected as \`unknown_type\` with a message
  naming the supported versions.

## Validation

Checks run in this order and stop at the first failure, which is reported with a JSON pointer to the field:

1. \`envelope_invalid\`: not a JSON object, or an envelope attribute is missing or wrong (e.g. \`/specversion\`, \`/time\`).
2. \`unknown_type\`: \`type\` is not listed below (field \`/type\`).
3. \`schema_violation\`: \`data\` does not match the type's schema (e.g. \`/data/waitSeconds\`).

Before these the ingestor also rejects records that are not JSON (\`malformed_json\`) or larger than
${MAX_EVENT_BYTES / 1024} KiB (\`oversize\`), and after them events too far in the future (\`timestamp_in_future\`).
Rejected records go to the dead-letter topic with the reason.

## Kafka keys

Producers key messages by \`<tenantid>/<queueId>\`, and by \`<tenantid>/<agentId>\` for events without a queue, so all
events of one queue stay ordered on one partition (an \`offered\` is read before its \`answered\` and \`ended\`).
Schedules, which belong to a team, are keyed by \`<tenantid>/<teamId>\`. Each type below states its key;
\`partitionKey(event)\` in \`@vahti/contracts\` implements the rule.

## Personal data

Customer identifiers (\`customerId\`: phone number, e-mail address, CRM id) are personal data. They are marked
\`"x-personal-data": true\` in the schemas (\`personalDataFields(type)\` lists them) and are pseudonymised at
ingestion with a keyed hash (HMAC) per tenant: the same customer gets the same reference within a tenant, so
repeat contacts stay countable, and unrelated references across tenants; the raw identifier is never stored.
Producers must not put personal data anywhere else: reason, disposition and aux codes are code values (no spaces),
not free text.

## Sizes

An event may be at most ${MAX_EVENT_BYTES / 1024} KiB of UTF-8 JSON. Strings and arrays have explicit limits (see the tables);
producers split large schedules per team and day, and forecasts per queue and a few days.

## Shared fields

The ingestor extracts index columns generically from \`data\`, so these fields have the same name, type and meaning in
every event type that carries them:

${fieldTable(fieldRows({ type: 'object', properties: sharedFields }), false)}`;
}

function kpiIndex(definitions: readonly EventDefinition[]): string {
  const byKpi = new Map<string, string[]>();
  for (const d of definitions) {
    for (const kpi of d.usedBy) {
      byKpi.set(kpi, [...(byKpi.get(kpi) ?? []), `[\`${d.name}\`](#${anchor(d.type)})`]);
    }
  }
  const rows = [...byKpi.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kpi, events]) => `| ${kpi} | ${events.join(', ')} |`);
  return [
    '## KPIs and the events they use',
    '',
    'KPI ids refer to the KPI catalog (formulas, variants, benchmarks).',
    '',
    '| KPI | Events |',
    '|---|---|',
    ...rows,
  ].join('\n');
}

function eventIndex(definitions: readonly EventDefinition[]): string {
  const rows = definitions.map((d) => `| [\`${d.type}\`](#${anchor(d.type)}) | ${firstSentence(d.summary)} |`);
  return ['## Event types', '', '| Type | What happened |', '|---|---|', ...rows].join('\n');
}

function eventSection(d: EventDefinition): string {
  const personal = annotatedPersonalFields(d.dataSchema);
  const rules = d.rules.length === 0 ? [] : ['', 'Rules:', '', ...d.rules.map((r) => `- ${describeRule(r)}`)];
  return [
    `### \`${d.type}\``,
    '',
    d.summary,
    '',
    `- JSON Schema: ${schemaLink(eventSchemaFileName(d.type))}`,
    `- Kafka key: ${keyDescription(d.dataSchema)}`,
    `- Personal data: ${personal.length === 0 ? 'none' : personal.map((f) => `\`${f}\``).join(', ')}`,
    `- Used by KPIs: ${d.usedBy.join(', ')}`,
    '',
    '`data` fields:',
    '',
    fieldTable(fieldRows(d.dataSchema)),
    ...rules,
    '',
    'Example:',
    '',
    '```json',
    JSON.stringify(d.example, null, 2),
    '```',
  ].join('\n');
}

/** The full text of docs/events.md. */
export function renderEventsDoc(): string {
  const definitions = allDefinitions();
  return `${[intro(), eventIndex(definitions), kpiIndex(definitions), ...definitions.map(eventSection)].join('\n\n')}\n`;
}
