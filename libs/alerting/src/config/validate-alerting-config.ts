// Alerting configuration validation: the schema (every problem at once, Ajv allErrors) and then the
// checks a schema cannot express (config-checks.ts), reported together with slash paths such as
// `tenants/acme/routes/0/receivers/1: names unknown receiver "ops-mail"`. Parsing text accepts YAML
// or JSON, as the benchmark pack does (libs/kpi/src/benchmarks/benchmark-pack.ts).
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { RECEIVER_KINDS } from '../model/constants';
import { AlertingConfigSchema, type AlertingConfig } from './alerting-config-schema';
import { AlertingConfigError, type ConfigProblem } from './alerting-config-error';
import { checkConfigSemantics, type ConfigCheckOptions } from './config-checks';

let compiled: ValidateFunction<AlertingConfig> | undefined;

// Compiled once per process: compiling costs milliseconds, validating microseconds.
function validator(): ValidateFunction<AlertingConfig> {
  compiled ??= new Ajv({ strict: true, allErrors: true, discriminator: true }).compile<AlertingConfig>(AlertingConfigSchema);
  return compiled;
}

/** Every problem of a configuration document; empty when it is valid. */
export function alertingConfigProblems(document: unknown, options: ConfigCheckOptions = {}): ConfigProblem[] {
  const validate = validator();
  const schemaProblems = validate(document) ? [] : (validate.errors ?? []).map(describe);
  return dedupe([...schemaProblems, ...checkConfigSemantics(document, options)]);
}

/** The configuration, typed, or an AlertingConfigError listing every problem with its path. */
export function validateAlertingConfig(document: unknown, options: ConfigCheckOptions = {}): AlertingConfig {
  const problems = alertingConfigProblems(document, options);
  if (problems.length > 0) {
    throw new AlertingConfigError(problems);
  }
  return document as AlertingConfig;
}

/** Parses YAML or JSON text and validates it. */
export function parseAlertingConfig(text: string, options: ConfigCheckOptions = {}): AlertingConfig {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new AlertingConfigError([{ path: '', message: `not YAML/JSON: ${(error as Error).message}` }]);
  }
  return validateAlertingConfig(document, options);
}

function describe(error: ErrorObject): ConfigProblem {
  const path = error.instancePath.replace(/^\//, '');
  const at = (child: string): string => (path === '' ? child : `${path}/${child}`);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: at(String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { path: at(String(params.additionalProperty)), message: 'is not a known field' };
    case 'enum':
      return { path, message: `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'discriminator':
      // "tag": kind missing or not a string (also reported as required/type); "mapping": unknown kind.
      return params.error === 'mapping'
        ? { path: at('kind'), message: `must be one of: ${RECEIVER_KINDS.map((k) => JSON.stringify(k)).join(', ')}` }
        : { path: at('kind'), message: 'is required' };
    case 'pattern':
      return { path, message: patternMessage(String(params.pattern)) };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

function patternMessage(pattern: string): string {
  if (pattern.includes('ms)?$')) {
    return 'must be a duration like 30s, 5m, 4h or 1h30m';
  }
  if (pattern.startsWith('^https?')) {
    return 'must be an http:// or https:// URL';
  }
  if (pattern.includes('@')) {
    return 'must be an e-mail address';
  }
  return `must match ${pattern}`;
}

// allErrors can report the same field twice (e.g. via nested schemas); once is enough.
function dedupe(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
