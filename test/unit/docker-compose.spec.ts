import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import Ajv, { type SchemaObject, type ValidateFunction } from 'ajv';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';
import { parseDocument } from 'yaml';
import { AlerterEnv, EvaluatorEnv, IngestorEnv, loadConfig } from '@vahti/config';

/*
 * docker-compose.yml is checked against the official Compose Specification JSON schema with no
 * Docker tooling installed. The schema comes from the `dclint` dev dependency (Docker Compose
 * Linter, pinned exactly), which ships the compose-spec project's schema as
 * schemas/compose.schema.json ($id "compose_spec.json", draft-07), refreshed from upstream by its
 * update-compose-schema script; bumping dclint updates the schema. When a `docker-compose`
 * binary is on PATH, its own `config` check runs too.
 */

const ROOT = resolve(__dirname, '../..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const APPS = ['ingestor', 'evaluator', 'alerter'] as const;
type AppName = (typeof APPS)[number];
const APP_ENV = { ingestor: IngestorEnv, evaluator: EvaluatorEnv, alerter: AlerterEnv } as const;
const HTTP_PORTS: Record<AppName, number> = { ingestor: 3001, evaluator: 3002, alerter: 3003 };
const INTERNAL_BROKER = 'kafka:19092';

type EnvValue = string | number | boolean | null;
type ListOrDict = string[] | Record<string, EnvValue>;
type Port = string | number | { target: number | string; published?: number | string; host_ip?: string };

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[] | null;
  depends_on?: string[] | Record<string, { condition?: string }>;
  environment?: ListOrDict;
  ports?: Port[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
}

interface ComposeFile {
  version?: string;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

function loadComposeSchema(): SchemaObject {
  const packageDir = dirname(require.resolve('dclint/package.json'));
  return JSON.parse(readFileSync(join(packageDir, 'schemas', 'compose.schema.json'), 'utf8')) as SchemaObject;
}

function compileComposeValidator(schema: SchemaObject): { ajv: Ajv; validate: ValidateFunction<ComposeFile> } {
  // strictTypes is off only because the upstream schema uses union types and bare
  // patternProperties; unknown keywords and formats still fail (strict: true).
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  // The schema names its meta-schema "https://json-schema.org/draft-07/schema"; Ajv registers
  // draft-07 as "http://json-schema.org/draft-07/schema#". Register it under that name too, so
  // the compose schema is itself still validated against draft-07.
  const metaId = schema.$schema;
  if (typeof metaId === 'string' && !ajv.getSchema(metaId)) {
    ajv.addMetaSchema({ ...draft07MetaSchema, $id: metaId });
  }
  return { ajv, validate: ajv.compile<ComposeFile>(schema) };
}

function parseComposeYaml(source: string): unknown {
  // Compose (compose-go and PyYAML alike) resolves `<<` merge keys; so must we.
  const doc = parseDocument(source, { merge: true, uniqueKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  if (problems.length > 0) {
    throw new Error(`docker-compose.yml is not clean YAML:\n${problems.join('\n')}`);
  }
  return doc.toJS({ maxAliasCount: 100 }) as unknown;
}

/** Environment as a map, whichever of the two Compose forms (list or mapping) is used. */
function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** Compose interpolation as on a machine that sets none of the variables: `${X:-d}` -> d. */
function interpolateWithDefaults(value: string): string {
  return value
    .replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g, (_m, fallback: string | undefined) => fallback ?? '')
    .replace(/\$\$/g, '$');
}

function dependsOn(service: Service): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  return Array.isArray(deps)
    ? Object.fromEntries(deps.map((name) => [name, undefined]))
    : Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d.condition]));
}

function publishedPorts(service: Service): Array<{ published: string; target: string }> {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return { published: String(port.published ?? ''), target: String(port.target) };
    }
    // [HOST_IP:]HOST_PORT:CONTAINER_PORT[/PROTOCOL]
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    return { published: parts.length > 1 ? (parts[parts.length - 2] ?? '') : '', target: parts[parts.length - 1] ?? '' };
  });
}

function onPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) {
      continue;
    }
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const schema = loadComposeSchema();
const { ajv, validate } = compileComposeValidator(schema);
const parsed = parseComposeYaml(readFileSync(COMPOSE_FILE, 'utf8'));

/** The parsed file; whether it is valid Compose is the schema test's job, these read its shape. */
function compose(): ComposeFile {
  const file = parsed as Partial<ComposeFile> | null;
  if (typeof file !== 'object' || file === null || typeof file.services !== 'object' || file.services === null) {
    throw new Error('docker-compose.yml has no services mapping');
  }
  return file as ComposeFile;
}

function service(name: string): Service {
  const found = compose().services[name];
  if (!found) {
    throw new Error(`docker-compose.yml has no service "${name}"`);
  }
  return found;
}

describe('docker-compose.yml', () => {
  describe('Compose Specification schema', () => {
    it('uses the official compose-spec schema', () => {
      expect(schema.$id).toBe('compose_spec.json');
      expect(schema.title).toBe('Compose Specification');
      expect(schema.$schema).toMatch(/json-schema\.org\/draft-07\/schema/);
    });

    it('is valid against the schema', () => {
      const valid = validate(parsed);
      expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
      expect(valid).toBe(true);
    });

    it('would be rejected by the schema if it were broken (the check has teeth)', () => {
      const broken = structuredClone(parsed) as ComposeFile;
      const ingestor = broken.services.ingestor as Service & Record<string, unknown>;
      ingestor.depends_on = { kafka: { condition: 'when_it_feels_like_it' } };
      ingestor.imagee = 'typo';
      expect(validate(broken)).toBe(false);
      const paths = (validate.errors ?? []).map((e) => e.instancePath);
      expect(paths).toEqual(expect.arrayContaining(['/services/ingestor', '/services/ingestor/depends_on/kafka/condition']));
    });

    it('follows the Compose Specification, not the legacy v2/v3 format (no top-level version)', () => {
      expect(compose()).not.toHaveProperty('version');
    });
  });

  describe('what a user relies on', () => {
    it("has kafka, postgres, the three apps and the evaluator's API-only replica", () => {
      expect(Object.keys(compose().services).sort()).toEqual(['alerter', 'evaluator', 'evaluator-api', 'ingestor', 'kafka', 'postgres']);
    });

    it('runs the replica from the evaluator image, consuming nothing, on its own published port', () => {
      const replica = service('evaluator-api');
      expect(replica.command).toEqual(service('evaluator').command);
      expect(replica.image).toBe(service('evaluator').image);
      const env = Object.fromEntries(Object.entries(envOf(replica)).map(([k, v]) => [k, interpolateWithDefaults(v)]));
      expect(Object.keys(env).filter((name) => !(name in EvaluatorEnv.properties))).toEqual([]);
      expect(loadConfig(EvaluatorEnv, env)).toMatchObject({ EVALUATOR_CONSUME: false, HTTP_PORT: 3004 });
      expect(publishedPorts(replica)).toContainEqual({ published: '3004', target: '3004' });
    });

    it('builds one image for the three apps from the one Dockerfile', () => {
      const builds = APPS.map((app) => service(app).build);
      const images = APPS.map((app) => service(app).image);
      expect(new Set(builds.map((b) => JSON.stringify(b))).size).toBe(1);
      const build = builds[0];
      const context = typeof build === 'string' ? build : build?.context;
      expect(context).toBe('.');
      expect(typeof build === 'string' ? 'Dockerfile' : (build?.dockerfile ?? 'Dockerfile')).toBe('Dockerfile');
      expect(new Set(images)).toEqual(new Set(['vahti:local']));
    });

    it.each(APPS)('%s runs its own compiled entry point', (app) => {
      const command = service(app).command;
      const argv = Array.isArray(command) ? command : String(command).split(/\s+/);
      expect(argv).toEqual(['node', `dist/apps/${app}/apps/${app}/src/main.js`]);
    });

    it.each(APPS)('%s waits for healthy kafka and postgres', (app) => {
      expect(dependsOn(service(app))).toEqual({ kafka: 'service_healthy', postgres: 'service_healthy' });
    });

    it.each(APPS)('%s talks to Kafka on the internal listener and to the compose postgres', (app) => {
      const env = envOf(service(app));
      expect(env.KAFKA_BROKERS).toBe(INTERNAL_BROKER);
      expect(env.DATABASE_URL).toBe('postgres://postgres:vahti@postgres:5432/vahti');
      expect(env.LOG_LEVEL).toBe('info');
    });

    it('advertises the internal listener the apps use, and localhost:9092 to the host', () => {
      const env = envOf(service('kafka'));
      const advertised = (env.KAFKA_ADVERTISED_LISTENERS ?? '').split(',');
      expect(advertised.map((l) => l.replace(/^[A-Z_]+:\/\//, ''))).toEqual(expect.arrayContaining([INTERNAL_BROKER, 'localhost:9092']));
      const internalName = advertised.find((l) => l.endsWith(`//${INTERNAL_BROKER}`))?.split(':')[0];
      expect(env.KAFKA_INTER_BROKER_LISTENER_NAME).toBe(internalName);
      expect(env.KAFKA_PROCESS_ROLES).toBe('broker,controller');
      expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe('1@kafka:9093');
      expect(publishedPorts(service('kafka'))).toContainEqual({ published: '9092', target: '9092' });
    });

    it('gives the ingestor a pseudonymisation key and lets only it run migrations', () => {
      const ingestor = envOf(service('ingestor'));
      expect(ingestor.PSEUDONYMISATION_KEY).toMatch(/^\$\{PSEUDONYMISATION_KEY:-.{16,}\}$/);
      expect(ingestor.DATABASE_RUN_MIGRATIONS).toBe('true');
      expect(envOf(service('evaluator')).DATABASE_RUN_MIGRATIONS).toBeUndefined();
      expect(envOf(service('alerter')).DATABASE_RUN_MIGRATIONS).toBeUndefined();
    });

    it.each(APPS)('%s listens on its own HTTP_PORT and publishes it on the host', (app) => {
      const port = String(HTTP_PORTS[app]);
      expect(envOf(service(app)).HTTP_PORT).toBe(port);
      expect(publishedPorts(service(app))).toContainEqual({ published: port, target: port });
    });

    it.each(APPS)('%s sets only variables its config reads, and they pass its config schema', (app) => {
      const schemaOfApp = APP_ENV[app];
      const env = Object.fromEntries(Object.entries(envOf(service(app))).map(([k, v]) => [k, interpolateWithDefaults(v)]));
      expect(Object.keys(env).filter((name) => !(name in schemaOfApp.properties))).toEqual([]);
      expect(() => loadConfig(schemaOfApp, env)).not.toThrow();
    });

    it('keeps PostgreSQL data in a named volume', () => {
      const postgres = service('postgres') as Service & { volumes?: Array<string | { source?: string }> };
      const sources = (postgres.volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[0] : v.source));
      const named = sources.filter((s): s is string => typeof s === 'string' && s in (compose().volumes ?? {}));
      expect(named).toHaveLength(1);
    });

    it.each(['kafka', 'postgres', ...APPS])('%s has a healthcheck', (name) => {
      const healthcheck = service(name).healthcheck;
      expect(healthcheck?.disable).not.toBe(true);
      const test = healthcheck?.test;
      expect(Array.isArray(test) ? test[0] : undefined).toMatch(/^CMD(-SHELL)?$/);
      expect((test ?? []).length).toBeGreaterThan(1);
    });
  });

  // Optional second opinion from Compose itself; the schema tests above never need it.
  const dockerCompose = onPath('docker-compose');
  const withCompose = dockerCompose ? it : it.skip;
  withCompose(
    `is accepted by \`docker-compose config -q\`${dockerCompose ? '' : ' (skipped: no docker-compose on PATH)'}`,
    () => {
      const result = spawnSync(dockerCompose ?? 'docker-compose', ['-f', COMPOSE_FILE, 'config', '-q'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.error).toBeUndefined();
      if (result.status !== 0) {
        throw new Error(`docker-compose config exited ${String(result.status)}:\n${result.stderr}`);
      }
      expect(result.status).toBe(0);
    },
    70_000,
  );
});
