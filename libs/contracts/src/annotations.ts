// Custom JSON Schema annotation keywords. They carry facts that the generators and the ingestor
// need (which fields are personal, which unit a number is in) inside the one schema source, so
// the docs, the JSON Schema files and the pseudonymisation list cannot disagree.

/** Marks a field holding a raw customer identifier; the ingestor replaces it with a keyed hash. */
export const PERSONAL_DATA_KEYWORD = 'x-personal-data';

/** Unit of a numeric field (e.g. "seconds"), rendered into docs/events.md. */
export const UNIT_KEYWORD = 'x-unit';

/** Every custom keyword; Ajv in strict mode rejects unknown keywords unless they are registered. */
export const ANNOTATION_KEYWORDS: readonly string[] = [PERSONAL_DATA_KEYWORD, UNIT_KEYWORD];
