// A benchmark pack is data: per KPI (and channel where it differs) the typical, top-quartile and
// world-class levels with source, year and evidence label. The default pack ships with Vahti;
// operators load a licensed one (COPC, MetricNet, ...) in the same format without a code change.
import { Type, type Static } from '@sinclair/typebox';
import Ajv from 'ajv';
import { CHANNELS } from '@vahti/contracts';
import { parse as parseYaml } from 'yaml';

export const EVIDENCE_LABELS = ['measured', 'measured_secondary', 'rule_of_thumb', 'synthesis', 'licensed'] as const;
export type Evidence = (typeof EVIDENCE_LABELS)[number];

const level = Type.Number({ description: 'In the unit of the KPI (ratios as 0–1, times in seconds).' });

export const BenchmarkEntrySchema = Type.Object(
  {
    kpi: Type.String({ minLength: 1 }),
    channel: Type.Optional(Type.Unsafe<(typeof CHANNELS)[number]>({ type: 'string', enum: [...CHANNELS] })),
    median: Type.Optional(level),
    topQuartile: Type.Optional(level),
    worldClass: Type.Optional(level),
    /** Worse than this is critical (for band KPIs: above the band). */
    critical: Type.Optional(level),
    /** For band KPIs: below this is critical. */
    criticalLow: Type.Optional(level),
    band: Type.Optional(Type.Object({ low: level, high: level }, { additionalProperties: false })),
    evidence: Type.Unsafe<Evidence>({ type: 'string', enum: [...EVIDENCE_LABELS] }),
    source: Type.String({ minLength: 1 }),
    url: Type.Optional(Type.String({ minLength: 1 })),
    year: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2100 })),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type BenchmarkEntry = Static<typeof BenchmarkEntrySchema>;

export const BenchmarkPackSchema = Type.Object(
  {
    format: Type.Literal('vahti.benchmark-pack/v1'),
    id: Type.String({ minLength: 1 }),
    version: Type.String({ minLength: 1 }),
    title: Type.Optional(Type.String()),
    benchmarks: Type.Array(BenchmarkEntrySchema),
  },
  { additionalProperties: false },
);
export type BenchmarkPack = Static<typeof BenchmarkPackSchema>;

const validatePack = new Ajv({ allErrors: true, strict: false }).compile<BenchmarkPack>(BenchmarkPackSchema);

export class BenchmarkPackError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid benchmark pack:\n  ${problems.join('\n  ')}`);
    this.name = 'BenchmarkPackError';
  }
}

/** Parses and checks a pack (YAML or JSON text); `knownKpis` rejects entries for KPIs that do not exist. */
export function parseBenchmarkPack(text: string, knownKpis: ReadonlySet<string>): BenchmarkPack {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new BenchmarkPackError([`not YAML/JSON: ${(error as Error).message}`]);
  }
  if (!validatePack(raw)) {
    throw new BenchmarkPackError((validatePack.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`));
  }
  const problems: string[] = [];
  const pack = raw;
  const seen = new Set<string>();
  pack.benchmarks.forEach((entry, index) => {
    const where = `/benchmarks/${index} (${entry.kpi})`;
    if (!knownKpis.has(entry.kpi)) {
      problems.push(`${where}: unknown KPI id`);
    }
    const key = `${entry.kpi}/${entry.channel ?? '*'}`;
    if (seen.has(key)) {
      problems.push(`${where}: second entry for ${key}`);
    }
    seen.add(key);
    if (entry.band !== undefined && entry.band.low > entry.band.high) {
      problems.push(`${where}: band.low is above band.high`);
    }
    if (entry.median === undefined && entry.topQuartile === undefined && entry.worldClass === undefined && entry.band === undefined) {
      problems.push(`${where}: needs at least one of median, topQuartile, worldClass, band`);
    }
  });
  if (problems.length > 0) {
    throw new BenchmarkPackError(problems);
  }
  return pack;
}

/** The entry for a KPI and channel: the channel's own if there is one, else the all-channel one. */
export function findBenchmark(pack: BenchmarkPack, kpi: string, channel: string | undefined): BenchmarkEntry | undefined {
  return (
    pack.benchmarks.find((b) => b.kpi === kpi && b.channel !== undefined && b.channel === channel) ??
    pack.benchmarks.find((b) => b.kpi === kpi && b.channel === undefined)
  );
}
