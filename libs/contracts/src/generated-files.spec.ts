// The committed JSON Schema files and docs/events.md must equal what the schemas generate now.
// If this fails: npm run contracts:schemas, review the diff, commit it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderGeneratedFiles, SCHEMA_DIR } from './render/generated-files';

const ROOT = resolve(__dirname, '../../..');
const files = renderGeneratedFiles();

/** The first differing line, for a readable failure; undefined when the texts are identical. */
function firstDifference(committed: string, generated: string): string | undefined {
  if (committed === generated) {
    return undefined;
  }
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return `stale (run npm run contracts:schemas): line ${at + 1}\n  committed: ${a[at] ?? '<end>'}\n  generated: ${b[at] ?? '<end>'}`;
}

describe('generated files', () => {
  it.each(files.map((f) => [f.path, f] as const))('%s is up to date', (path, file) => {
    const target = join(ROOT, path);
    expect(existsSync(target)).toBe(true);
    // Compared as text (not parsed JSON): key order and formatting are part of the file.
    expect(firstDifference(readFileSync(target, 'utf8'), file.content)).toBeUndefined();
  });

  it('leaves no schema file that is not generated', () => {
    const committed = readdirSync(join(ROOT, SCHEMA_DIR)).map((name) => `${SCHEMA_DIR}/${name}`);
    expect(committed.sort()).toEqual(
      files
        .map((f) => f.path)
        .filter((p) => p.startsWith(SCHEMA_DIR))
        .sort(),
    );
  });

  it('ends every file with exactly one newline', () => {
    for (const f of files) {
      expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n')).toBe(true);
    }
  });
});
