// The list of generated files and their exact content, computed in memory. The generator script
// writes it; a spec compares it with the committed files, so they cannot drift.
import { EVENT_TYPES } from '../catalog';
import { envelopeJsonSchema, eventJsonSchema, eventSchemaFileName, ENVELOPE_SCHEMA_FILE } from '../json-schema';
import { stableSchemaJson } from './canonical-json';
import { renderEventsDoc, SCHEMA_DIR } from './events-doc';

export { SCHEMA_DIR };

export interface GeneratedFile {
  /** Path relative to the repository root, with `/` separators. */
  readonly path: string;
  readonly content: string;
}

/** Every generated file: the envelope schema, one schema per event type, and docs/events.md. */
export function renderGeneratedFiles(): readonly GeneratedFile[] {
  return [
    { path: `${SCHEMA_DIR}/${ENVELOPE_SCHEMA_FILE}`, content: stableSchemaJson(envelopeJsonSchema()) },
    ...EVENT_TYPES.map((type) => ({
      path: `${SCHEMA_DIR}/${eventSchemaFileName(type)}`,
      content: stableSchemaJson(eventJsonSchema(type)),
    })),
    { path: 'docs/events.md', content: renderEventsDoc() },
  ];
}
