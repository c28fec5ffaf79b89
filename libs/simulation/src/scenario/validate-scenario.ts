// Scenario validation: the schema (every problem at once, Ajv allErrors) and then the checks a
// schema cannot express, i.e. ids that must refer to something declared elsewhere in the file.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { checkScenarioReferences } from './scenario-references';
import { ScenarioError, type ScenarioProblem } from './scenario-error';
import { ScenarioSchema, ScenarioSetSchema, type Scenario, type ScenarioSet } from './scenario-schema';

let compiled: { scenario: ValidateFunction<Scenario>; set: ValidateFunction<ScenarioSet> } | undefined;

// Compiled once per process: compiling costs milliseconds, validating microseconds.
function validators(): NonNullable<typeof compiled> {
  if (compiled === undefined) {
    const ajv = new Ajv({ strict: true, allErrors: true });
    compiled = { scenario: ajv.compile<Scenario>(ScenarioSchema), set: ajv.compile<ScenarioSet>(ScenarioSetSchema) };
  }
  return compiled;
}

/** The scenario, typed, or a ScenarioError naming `fileName`, each bad field and what was expected. */
export function validateScenario(value: unknown, fileName: string): Scenario {
  const validate = validators().scenario;
  if (!validate(value)) {
    throw new ScenarioError(fileName, dedupe((validate.errors ?? []).map(describe)));
  }
  const problems = checkScenarioReferences(value);
  if (problems.length > 0) {
    throw new ScenarioError(fileName, problems);
  }
  return value;
}

/** A multi-tenant scenario file (`tenants: [...]`), typed, or a ScenarioError as for one scenario. */
export function validateScenarioSet(value: unknown, fileName: string): ScenarioSet {
  const validate = validators().set;
  if (!validate(value)) {
    throw new ScenarioError(fileName, dedupe((validate.errors ?? []).map(describe)));
  }
  const problems = value.tenants.flatMap((tenant, i) =>
    checkScenarioReferences(tenant).map((p) => ({ pointer: `/tenants/${i}${p.pointer}`, message: p.message })),
  );
  value.tenants.forEach((tenant, i) => {
    if (value.tenants.findIndex((other) => other.tenant === tenant.tenant) < i) {
      problems.push({ pointer: `/tenants/${i}/tenant`, message: `duplicates tenant ${JSON.stringify(tenant.tenant)}` });
    }
  });
  if (problems.length > 0) {
    throw new ScenarioError(fileName, problems);
  }
  return value;
}

function describe(error: ErrorObject): ScenarioProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${error.instancePath}/${String(params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return { pointer: `${error.instancePath}/${String(params.additionalProperty)}`, message: 'is not a known field' };
    case 'enum':
      return {
        pointer: error.instancePath,
        message: `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { pointer: error.instancePath, message: error.message ?? 'is invalid' };
  }
}

// allErrors can report the same field twice (e.g. via nested schemas); once is enough.
function dedupe(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
