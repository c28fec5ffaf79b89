// Writes the files generated from the TypeBox schemas (JSON Schema files and docs/events.md).
//   npx ts-node --transpile-only -r tsconfig-paths/register libs/contracts/scripts/write-json-schemas.ts [--check]
// With --check nothing is written; it exits 1 listing the files that are stale, missing or left over.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderGeneratedFiles, SCHEMA_DIR } from '../src/render/generated-files';

const ROOT = resolve(__dirname, '../../..');

function main(): number {
  const check = process.argv.includes('--check');
  const files = renderGeneratedFiles();
  const expected = new Set(files.map((f) => f.path));
  const stale = files.filter((f) => {
    const target = join(ROOT, f.path);
    return !existsSync(target) || readFileSync(target, 'utf8') !== f.content;
  });
  // A schema file whose type was removed or renamed would otherwise linger and mislead producers.
  const leftovers = readdirSync(join(ROOT, SCHEMA_DIR))
    .map((name) => `${SCHEMA_DIR}/${name}`)
    .filter((path) => !expected.has(path));

  if (check) {
    if (stale.length === 0 && leftovers.length === 0) {
      console.log(`${files.length} generated files are up to date.`);
      return 0;
    }
    for (const f of stale) {
      console.error(`stale: ${f.path}`);
    }
    for (const path of leftovers) {
      console.error(`not generated (delete it): ${path}`);
    }
    console.error('Run: npm run contracts:schemas');
    return 1;
  }
  for (const f of stale) {
    mkdirSync(dirname(join(ROOT, f.path)), { recursive: true });
    writeFileSync(join(ROOT, f.path), f.content);
    console.log(`wrote ${f.path}`);
  }
  for (const path of leftovers) {
    unlinkSync(join(ROOT, path));
    console.log(`deleted ${path}`);
  }
  console.log(`${files.length} generated files, ${stale.length} updated, ${leftovers.length} deleted.`);
  return 0;
}

process.exitCode = main();
