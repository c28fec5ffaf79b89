// Writes test/fixtures/events/sample.ndjson, the demo stream built by buildSampleStream().
//   npx ts-node --transpile-only -r tsconfig-paths/register libs/testing/scripts/write-sample.ts [--check]
// With --check nothing is written; it exits 1 if the committed file differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSampleStream, renderSampleNdjson } from '../src/factories/sample-stream';

const TARGET = resolve(__dirname, '../../../test/fixtures/events/sample.ndjson');

function main(): number {
  const content = renderSampleNdjson();
  const current = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : undefined;
  if (process.argv.includes('--check')) {
    if (current === content) {
      console.log('sample.ndjson is up to date.');
      return 0;
    }
    console.error('stale: test/fixtures/events/sample.ndjson (run libs/testing/scripts/write-sample.ts)');
    return 1;
  }
  writeFileSync(TARGET, content);
  const counts = new Map<string, number>();
  for (const line of buildSampleStream()) {
    counts.set(line.kind, (counts.get(line.kind) ?? 0) + 1);
  }
  console.log(`wrote ${TARGET}: ${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
  return 0;
}

process.exitCode = main();
