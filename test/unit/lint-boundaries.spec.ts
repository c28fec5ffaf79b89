// The layering rules of docs/architecture.md are enforced by ESLint; this checks the rules
// themselves, so a config edit cannot silently switch them off.
// ESLint loads its flat config with a dynamic import, which jest's VM refuses, so the linting runs
// in a plain node child process over the ESLint API (lintText: nothing is written to disk).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [filePath, code] of cases) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.filter((m) => (m.ruleId || '').startsWith('no-restricted')).map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

/** Lints each [file, code] pair as if it were that file; returns the layering messages per pair. */
function restrictedMessages(cases: ReadonlyArray<readonly [string, string]>): string[][] {
  const input = JSON.stringify(cases.map(([file, code]) => [resolve(ROOT, file), code]));
  return JSON.parse(execFileSync(process.execPath, ['-e', LINT_SCRIPT, input], { cwd: ROOT, encoding: 'utf8' })) as string[][];
}

const REFUSED: ReadonlyArray<readonly [string, string, string]> = [
  ['apps/ingestor/src/main.ts', "import { Kafka } from 'kafkajs';\nexport const k = Kafka;\n", 'kafkajs is wrapped by @vahti/messaging'],
  [
    'apps/evaluator/src/main.ts',
    "import { DataSource } from 'typeorm';\nexport const d = DataSource;\n",
    'typeorm is wrapped by @vahti/persistence',
  ],
  ['libs/messaging/src/kafka-client.ts', "import { Client } from 'pg';\nexport const c = Client;\n", 'pg is wrapped by @vahti/persistence'],
  [
    'apps/alerter/src/main.ts',
    "import { IngestorModule } from '../../ingestor/src/ingestor.module';\nexport const m = IngestorModule;\n",
    'Apps never import other apps',
  ],
  [
    'apps/alerter/src/main.ts',
    "import { loadConfig } from '@vahti/config/src/load-config';\nexport const l = loadConfig;\n",
    'only through its entry point',
  ],
  [
    'libs/ingestion/src/decode-record.ts',
    "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n",
    'Domain libs are pure',
  ],
  ['apps/ingestor/src/main.ts', 'export const port = process.env.HTTP_PORT;\n', 'Read configuration through @vahti/config'],
];

const ALLOWED: ReadonlyArray<readonly [string, string]> = [
  ['libs/messaging/src/kafka-client.ts', "import { Kafka } from 'kafkajs';\nexport const k = Kafka;\n"],
  ['libs/persistence/src/data-source.ts', "import { DataSource } from 'typeorm';\nexport const d = DataSource;\n"],
];

describe('layering lint rules', () => {
  const results = restrictedMessages([...REFUSED.map(([file, code]) => [file, code] as const), ...ALLOWED]);

  it.each(REFUSED.map((c, i) => [...c, i] as const))('%s: refuses %j', (_file, _code, expected, i) => {
    expect(results[i]!.join('\n')).toContain(expected);
  });

  it('lets each adapter lib use its own library', () => {
    expect(results.slice(REFUSED.length)).toEqual([[], []]);
  });
});
