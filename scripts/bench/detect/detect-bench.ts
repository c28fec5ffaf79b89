// npm run bench:detect — every shipped scenario of the simulator through the pure pipeline
// (simulation → in-memory evaluation → interval review: detectors and root causes → alert
// lifecycle), scored against the ground truth. Pure libs, not the running services: the services
// add Kafka and PostgreSQL between the same functions (the integration tests cover that path), and
// the pure path runs the ~10 scenarios × 6 weeks in minutes. Each scenario runs after 4 weeks of
// fault-free history (withHistory), so the seasonal baseline has its four same-slot weeks; only
// the scenario's own days are scored.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BENCHMARK_PACK_PATH, KPI_DEFINITIONS, parseBenchmarkPack } from '@vahti/kpi';
import { scoreRun, summariseScores, validateScenario, validateScenarioSet, type RunScore, type Scenario } from '@vahti/simulation';
import { parse as parseYaml } from 'yaml';
import { runScenario, type ScenarioRun } from './run-scenario';

const SCENARIOS = 'libs/simulation/scenarios';
const ONLY = process.env.BENCH_SCENARIOS?.split(',');

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
      const run = runScenario(scenario, pack);
      const score = scoreRun(run, run.scoredFrom, run.scoredTo);
      (run.truth.faults.length > 0 ? faultRuns : baselineRuns).push(score);
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
    `| median detection delay | ${num(s.medianDelayIntervals, 1)} intervals | ≤ 2 |`,
    `| root cause top-1 | ${pct(s.top1)} | |`,
    `| root cause top-3 | ${pct(s.top3)} | ≥ 90 % |`,
    `| false alerts per queue-week (baseline scenarios) | ${num(s.falseAlertsPerSeriesWeek)} | ≤ 1 |`,
  ];
  process.stdout.write(`${table.join('\n')}\n`);
}

function describeRun(file: string, run: ScenarioRun, score: RunScore): string {
  const faults = score.faults
    .map((f) => `${f.faultId}: ${f.detected ? `detected after ${f.delayIntervals} intervals, cause rank ${f.causeRank ?? '-'}` : 'MISSED'}`)
    .join('; ');
  const rate = Math.round((run.events * 1000) / Math.max(1, run.totalMs - run.reviewMs));
  return [
    `${file} (${run.scenario.tenant}, ${run.scenario.days} days, ${run.events.toLocaleString('en-US')} events): ${score.alerts} alerts, ${score.falseAlerts.length} unexplained over ${score.seriesWeeks.toFixed(1)} series-weeks`,
    faults === '' ? '' : `  ${faults}`,
    ...score.falseAlerts
      .slice(0, 8)
      .map((a) => `  unexplained: ${new Date(a.firedAt).toISOString()} ${a.queueId}/${a.channel} ${a.metric} ${a.detector} ${a.severity}`),
    ...[...run.analysisErrors].map(([message, n]) => `  root-cause analysis failed ${n}x: ${message}`),
    `  time: ${(run.totalMs / 1000).toFixed(1)} s (simulate + evaluate ${rate.toLocaleString('en-US')} events/s, review ${(run.reviewMs / 1000).toFixed(1)} s)`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

main();
