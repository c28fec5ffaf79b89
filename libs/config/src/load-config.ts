import Ajv, { type ErrorObject } from 'ajv';
import type { Static, TObject } from '@sinclair/typebox';
import { ConfigError } from './config-error';

/**
 * Validates an environment against a TypeBox schema whose property names are the variable
 * names, coercing strings to numbers and booleans and applying defaults.
 */
export function loadConfig<S extends TObject>(schema: S, env: Readonly<Record<string, string | undefined>>): Static<S> {
  const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  const candidate: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const raw = env[key];
    // An empty variable means "not set", as docker-compose and shells commonly produce them.
    if (raw !== undefined && raw !== '') {
      candidate[key] = raw;
    }
  }
  if (!validate(candidate)) {
    throw new ConfigError((validate.errors ?? []).map((e) => describe(e, env)));
  }
  return candidate;
}

function describe(error: ErrorObject, env: Readonly<Record<string, string | undefined>>): string {
  if (error.keyword === 'required') {
    const name = String((error.params as { missingProperty: string }).missingProperty);
    return `${name} is required but not set`;
  }
  const name = error.instancePath.replace(/^\//, '');
  const secret = /PASSWORD|KEY|SECRET/.test(name);
  const shown = secret ? '(hidden)' : JSON.stringify(env[name]);
  return `${name}=${shown} ${error.message ?? 'is invalid'}`;
}
