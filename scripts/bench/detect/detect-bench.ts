// npm run bench:detect — every shipped scenario of the simulator through the pure pipeline
// (simulation → in-memory evaluation → interval review: detectors and root causes → alert
// lifecycle), scored against the ground truth. Pure libs, not the running services: the services
// add Kafka and PostgreSQL between the same functions (the integration tests cover that path), and
// the pure path runs the ~10 scenarios × 6 weeks in minutes. Each scenario runs after 4 weeks of
// fault-free history (withHistory), so the seasonal baseline has its four same-slot weeks; only
// the scenario's own days are scored.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MONITOR_CONFIG, type MonitorConfig, type ShiftConfig } from '@vahti/detection';
import { DEFAULT_BENCHMARK_PACK_PATH, KPI_DEFINITIONS, parseBenchmarkPack } from '@vahti/kpi';
import {
  scoreRun,
  summariseScores,
  validateScenario,
  validateScenarioSet,
  type FaultScore,
  type RunScore,
  type Scenario,
  type ScoredAlert,
} from '@vahti/simulation';
import { parse as parseYaml } from 'yaml';
import { EvaluationTrace } from './evaluation-trace';
import { runScenario, type ScenarioRun } from './run-scenario';

const SCENARIOS = 'libs/simulation/scenarios';
const ONLY = process.env.BENCH_SCENARIOS?.split(',');
const DUMP = process.env.BENCH_DUMP;
const TRACE = process.env.BENCH_TRACE;
// BENCH_SHIFT='{"threshold":7}' replaces shift-detector defaults for a calibration run.
const CONFIG: MonitorConfig | undefined =
  process.env.BENCH_SHIFT === undefined
    ? undefined
    : {
        ...DEFAULT_MONITOR_CONFIG,
        shift: { ...DEFAULT_MONITOR_CONFIG.shift, ...(JSON.parse(process.env.BENCH_SHIFT) as Partial<ShiftConfig>) },
      };

function scenariosOf(file: string): Scenario[] {
  const path = join(SCENARIOS, file);
  const parsed = parseYaml(readFileSync(path, 'utf8')) as { tenants?: unknown };
  return parsed.tenants === undefined ? [validateScenario(parsed, path)] : validateScenarioSet(parsed, path).tenants;
}

const pct = (v: number | null): string => (v === null ? 'n/a' : `${(100 * v).toFixed(1)} %`);
const num = (v: number | null, digits = 2): string => (v === null ? 'n/a' : v.toFixed(digits));

function main(): void {
  const pack = parseBenchmarkPack(readFileSync(DEFAULT_BENCHMARK_PACK_PATH, 'utf8'), new Set(KPI_DEFINITIONS.map((k) => k.id)));
  const files = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.yaml') && (ONLY === undefined || ONLY.some((o) => f.includes(o))))
    .sort();
  const seen = new Set<string>();
  const faultRuns: RunScore[] = [];
  const baselineRuns: RunScore[] = [];
  const lines: string[] = [];
  for (const file of files) {
    for (const scenario of scenariosOf(file)) {
      // The multi-tenant file repeats baseline-midsize's tenant verbatim: run each centre once.
      const identity = JSON.stringify(scenario);
      if (seen.has(identity)) {
        continue;
      }
      seen.add(identity);
      const trace = TRACE === undefined ? undefined : new EvaluationTrace(TRACE, `${file.replace(/\.yaml$/, '')}-${scenario.tenant}`);
      const run = runScenario(scenario, pack, trace, CONFIG);
      const score = scoreRun(run, run.scoredFrom, run.scoredTo);
      (run.truth.faults.length > 0 ? faultRuns : baselineRuns).push(score);
      dump(file, run, score);
      lines.push(describeRun(file, run, score));
      process.stdout.write(`${lines[lines.length - 1]}\n`);
    }
  }
  const s = summariseScores(faultRuns, baselineRuns);
  const table = [
    '',
    `detection benchmark: ${faultRuns.length} fault scenarios (${s.faults} faults), ${baselineRuns.length} baseline scenarios`,
    '| figure | result | target |',
    '| --- | --- | --- |',
    `| detection recall | ${num(s.recall)} | ≥ 0.95 |`,
    `| detection precision | ${num(s.precision)} | ≥ 0.90 |`,
    `| median detection delay (from the interval the fault first took effect) | ${num(s.medianDelayIntervals, 1)} intervals | ≤ 2 |`,
    `| median detection delay from the scheduled start (closed hours included) | ${num(s.medianDelayFromStartIntervals, 1)} intervals | |`,
    `| root cause top-1 | ${pct(s.top1)} | |`,
    `| root cause top-3 | ${pct(s.top3)} | ≥ 90 % |`,
    `| false alerts per queue-week (baseline scenarios) | ${num(s.falseAlertsPerSeriesWeek)} | ≤ 1 |`,
  ];
  process.stdout.write(`${table.join('\n')}\n`);
}

function describeRun(file: string, run: ScenarioRun, score: RunScore): string {
  const offset = run.scenario.utcOffsetMinutes ?? 0;
  const faults = score.faults.flatMap((f) => {
    const head = `  ${f.faultId}: ${f.detected ? `detected after ${f.delayIntervals} intervals${sinceStart(f)}, cause rank ${f.causeRank ?? '-'}` : 'MISSED'}`;
    const first = run.alerts.find((a) => a === f.firstAlert);
    if (first === undefined) {
      return [head];
    }
    const named = first.candidates
      .slice(0, 3)
      .map((c) => `${c.factor}${c.dimension === undefined ? '' : ` @${c.dimension}=${c.value ?? ''}`}`);
    return [
      head,
      `    first alert ${localTime(first.firedAt, offset)} ${alertWhat(first)}: ${first.description}`,
      `    candidates: ${named.length === 0 ? (first.analysisError ?? 'none') : named.join('; ')}`,
      ...(first.candidateSummaries[0] === undefined ? [] : [`    top: ${first.candidateSummaries[0]}`]),
    ];
  });
  const rate = Math.round((run.events * 1000) / Math.max(1, run.totalMs - run.reviewMs));
  const unexplained = new Set<ScoredAlert>(score.falseAlerts);
  return [
    `${file} (${run.scenario.tenant}, ${run.scenario.days} days, ${run.events.toLocaleString('en-US')} events): ${score.alerts} alerts, ${score.falseAlerts.length} unexplained over ${score.seriesWeeks.toFixed(1)} series-weeks`,
    ...faults,
    ...kindCounts(score.falseAlerts).map(([kind, n]) => `  unexplained ${n}x: ${kind}`),
    ...run.alerts
      .filter((a) => unexplained.has(a))
      .slice(0, 8)
      .map((a) => `  unexplained: ${localTime(a.firedAt, offset)} ${alertWhat(a)}: ${a.description}`),
    ...[...run.analysisErrors].map(([message, n]) => `  root-cause analysis failed ${n}x: ${message}`),
    `  time: ${(run.totalMs / 1000).toFixed(1)} s (simulate + evaluate ${rate.toLocaleString('en-US')} events/s, review ${(run.reviewMs / 1000).toFixed(1)} s)`,
  ].join('\n');
}

/** Unexplained alerts counted by metric, detector and severity, most frequent first: what to calibrate. */
function kindCounts(alerts: readonly ScoredAlert[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const a of alerts) {
    const kind = `${a.metric} ${a.detector} ${a.severity}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const sinceStart = (f: FaultScore): string =>
  f.delayFromStartIntervals === f.delayIntervals ? '' : ` (${f.delayFromStartIntervals ?? '-'} from its scheduled start)`;

const alertWhat = (a: ScoredAlert): string => `${a.queueId}/${a.channel} ${a.metric} ${a.detector} ${a.severity}`;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 03-02 08:15 local" for the end of the interval that fired (the scenario's own time zone). */
function localTime(at: number, utcOffsetMinutes: number): string {
  const d = new Date(at + utcOffsetMinutes * 60_000);
  const iso = d.toISOString();
  return `${WEEKDAYS[d.getUTCDay()] ?? ''} ${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/** With BENCH_DUMP=dir, every alert of the run as JSON, for analysis outside the bench. */
function dump(file: string, run: ScenarioRun, score: RunScore): void {
  if (DUMP === undefined) {
    return;
  }
  mkdirSync(DUMP, { recursive: true });
  const unexplained = new Set<ScoredAlert>(score.falseAlerts);
  const body = {
    file,
    tenant: run.scenario.tenant,
    utcOffsetMinutes: run.scenario.utcOffsetMinutes ?? 0,
    faults: run.truth.faults,
    scores: score.faults.map((f) => ({ ...f, firstAlert: undefined })),
    alerts: run.alerts.map((a) => ({ ...a, explained: !unexplained.has(a), firedAtIso: new Date(a.firedAt).toISOString() })),
  };
  writeFileSync(join(DUMP, `${file.replace(/\.yaml$/, '')}-${run.scenario.tenant}.json`), JSON.stringify(body, null, 1));
}

main();
