// npm run kpi:docs — regenerates docs/process-model.md from libs/kpi.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BENCHMARK_PACK_PATH, KPI_DEFINITIONS, parseBenchmarkPack, renderProcessModelDoc } from '@vahti/kpi';

const root = join(__dirname, '../../..');
const pack = parseBenchmarkPack(readFileSync(join(root, DEFAULT_BENCHMARK_PACK_PATH), 'utf8'), new Set(KPI_DEFINITIONS.map((k) => k.id)));
writeFileSync(join(root, 'docs/process-model.md'), renderProcessModelDoc(pack));
process.stdout.write('wrote docs/process-model.md\n');
