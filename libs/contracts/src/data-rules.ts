// Cross-field rules of an event's `data` that a plain property list cannot say. They are kept
// as data (not hand-written JSON Schema) so the same rule produces both the schema fragment the
// validator enforces and the sentence docs/events.md prints.

/** `field` is required when `when` equals `equals`, and not allowed otherwise. */
export interface RequiredOnlyWhen<F extends string> {
  readonly kind: 'requiredOnlyWhen';
  readonly field: F;
  readonly when: F;
  readonly equals: string;
}

/** At least one of `fields` must be present. */
export interface AtLeastOneOf<F extends string> {
  readonly kind: 'atLeastOneOf';
  readonly fields: readonly F[];
}

export type DataRule<F extends string = string> = RequiredOnlyWhen<F> | AtLeastOneOf<F>;

// Each subschema names the properties it requires (`properties: { x: true }`): Ajv's strict
// mode (strictRequired) refuses `required` on a property the same subschema does not define.
/** The JSON Schema fragment (one `allOf` entry) that enforces a rule. */
export function ruleJsonSchema(rule: DataRule): Record<string, unknown> {
  switch (rule.kind) {
    case 'requiredOnlyWhen':
      return {
        if: { properties: { [rule.when]: { const: rule.equals } }, required: [rule.when] },
        then: { properties: { [rule.field]: true }, required: [rule.field] },
        else: { properties: { [rule.field]: false } },
      };
    case 'atLeastOneOf':
      return { anyOf: rule.fields.map((field) => ({ properties: { [field]: true }, required: [field] })) };
  }
}

/** The rule as one Markdown sentence for docs/events.md. */
export function describeRule(rule: DataRule): string {
  switch (rule.kind) {
    case 'requiredOnlyWhen':
      return `\`${rule.field}\` is required when \`${rule.when}\` is \`${rule.equals}\`, and not allowed otherwise.`;
    case 'atLeastOneOf':
      return `At least one of ${rule.fields.map((f) => `\`${f}\``).join(', ')} is required.`;
  }
}
