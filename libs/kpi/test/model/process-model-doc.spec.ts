import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BENCHMARK_PACK_PATH, KPI_DEFINITIONS, PROCESS_MODEL, parseBenchmarkPack, renderProcessModelDoc } from '@vahti/kpi';

const root = join(__dirname, '../../../..');

describe('docs/process-model.md', () => {
  const pack = parseBenchmarkPack(readFileSync(join(root, DEFAULT_BENCHMARK_PACK_PATH), 'utf8'), new Set(KPI_DEFINITIONS.map((k) => k.id)));
  const rendered = renderProcessModelDoc(pack);

  it('is up to date (run `npm run kpi:docs` after changing libs/kpi)', () => {
    expect(readFileSync(join(root, 'docs/process-model.md'), 'utf8')).toBe(rendered);
  });

  it('lists all 32 processes and every KPI with its formula', () => {
    for (const p of PROCESS_MODEL.flatMap((a) => a.processes)) {
      expect(rendered).toContain(`| ${p.id} ${p.name} |`);
    }
    for (const k of KPI_DEFINITIONS) {
      expect(rendered).toContain(`- Formula: ${k.formula}`);
    }
  });
});
