import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KPI_DEFINITIONS, PROCESS_MODEL, findBenchmark, kpiDefinition, parseBenchmarkPack } from '@vahti/kpi';

describe('process model and KPI catalog', () => {
  it('has 8 areas of 4 processes with unique ids', () => {
    expect(PROCESS_MODEL).toHaveLength(8);
    const ids = PROCESS_MODEL.flatMap((a) => a.processes.map((p) => p.id));
    expect(ids).toHaveLength(32);
    expect(new Set(ids).size).toBe(32);
  });

  it('refers only to defined KPIs, and every KPI measures some process', () => {
    const used = new Set(PROCESS_MODEL.flatMap((a) => a.processes.flatMap((p) => p.kpis)));
    for (const id of used) {
      expect(kpiDefinition(id)).toBeDefined();
    }
    expect(KPI_DEFINITIONS.map((k) => k.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('has unique KPI ids that are valid Prometheus label values and catalog references', () => {
    const ids = KPI_DEFINITIONS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of KPI_DEFINITIONS) {
      expect(k.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(k.ref).toMatch(/^K\d\d$/);
    }
  });

  it('says what is missing for every process it cannot measure', () => {
    for (const p of PROCESS_MODEL.flatMap((a) => a.processes)) {
      if (p.kpis.length === 0) {
        expect(p.needs).toEqual(expect.any(String));
      }
    }
  });
});

describe('default benchmark pack', () => {
  const text = readFileSync(join(__dirname, '../../benchmarks/default.v1.yaml'), 'utf8');
  const pack = parseBenchmarkPack(text, new Set(KPI_DEFINITIONS.map((k) => k.id)));

  it('parses, and every entry cites a source with an evidence label', () => {
    expect(pack.benchmarks.length).toBeGreaterThan(10);
    for (const b of pack.benchmarks) {
      expect(b.source.length).toBeGreaterThan(10);
      expect(b.url ?? b.note).toBeDefined();
    }
  });

  it('finds the channel entry first, then the all-channel entry', () => {
    expect(findBenchmark(pack, 'average_speed_of_answer', 'chat')?.median).toBe(35);
    expect(findBenchmark(pack, 'average_speed_of_answer', 'voice')?.median).toBe(31);
    expect(findBenchmark(pack, 'tnps', 'email')?.median).toBe(40);
    expect(findBenchmark(pack, 'service_level', 'email')).toBeUndefined();
  });
});

describe('parseBenchmarkPack', () => {
  const known = new Set(['service_level', 'occupancy']);
  const pack = (entries: string): string => `format: vahti.benchmark-pack/v1\nid: x\nversion: '1'\nbenchmarks:\n${entries}`;

  it('names the place of every problem', () => {
    expect(() =>
      parseBenchmarkPack(
        pack(
          '  - { kpi: nope, median: 1, evidence: measured, source: s }\n' +
            '  - { kpi: service_level, evidence: measured, source: s }\n' +
            '  - { kpi: occupancy, band: { low: 0.9, high: 0.8 }, evidence: measured, source: s }\n' +
            '  - { kpi: occupancy, median: 1, evidence: measured, source: s }\n',
        ),
        known,
      ),
    ).toThrow(
      [
        '/benchmarks/0 (nope): unknown KPI id',
        '/benchmarks/1 (service_level): needs at least one of median, topQuartile, worldClass, band',
        '/benchmarks/2 (occupancy): band.low is above band.high',
        '/benchmarks/3 (occupancy): second entry for occupancy/*',
      ].join('\n  '),
    );
  });

  it('rejects schema violations with their path', () => {
    expect(() => parseBenchmarkPack(pack('  - { kpi: service_level, median: high, evidence: guess, source: s }\n'), known)).toThrow(
      '/benchmarks/0/median',
    );
    expect(() => parseBenchmarkPack('format: other/v9', known)).toThrow('/format');
    expect(() => parseBenchmarkPack(': : :', known)).toThrow('not YAML/JSON');
  });
});
