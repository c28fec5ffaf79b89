// The simulator CLI: a thin adapter that reads options and a scenario file, runs @vahti/simulation
// and writes the events to NDJSON or Kafka. `--help` lists everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, SimulatorEnv, readEnv } from '@vahti/config';
import { ScenarioError, type Scenario } from '@vahti/simulation';
import { parseCliOptions, type CliOptions } from './cli-options';
import { publishSpool } from './kafka-output';
import { Pacer } from './pacer';
import { Progress } from './progress';
import { RunSummary } from './run-summary';
import { loadScenarios } from './scenario-file';
import { simulateToFile, writeGroundTruth } from './simulate-to-file';
import { USAGE } from './usage';
import { UsageError } from './usage-error';

const stderr = (line: string): void => void process.stderr.write(line);

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliOptions(argv);
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { options } = parsed;
  const scenarios = loadScenarios(options.scenarioFile, options);
  const started = Date.now();
  const summary = new RunSummary(scenarios);
  if (options.output.kind === 'ndjson') {
    const groundTruth = simulateToFile(scenarios, options.output.file, summary, new Progress('simulated', stderr));
    writeGroundTruth(`${options.output.file}.ground-truth.json`, groundTruth);
  } else {
    await runToKafka(scenarios, options, options.output, summary);
  }
  process.stdout.write(summary.render(Date.now() - started));
  return 0;
}

async function runToKafka(
  scenarios: readonly Scenario[],
  options: CliOptions,
  output: { topic?: string; groundTruthFile?: string },
  summary: RunSummary,
): Promise<void> {
  const config = readEnv(SimulatorEnv);
  const topic = output.topic ?? config.SIM_TOPIC;
  const seed = options.seed ?? scenarios[0]?.seed ?? 0;
  const groundTruthFile =
    output.groundTruthFile ?? join('.cache', 'simulator', `${scenarios.map((s) => s.tenant).join('+')}-${seed}.ground-truth.json`);
  // The simulator runs synchronously; spooling to a temporary file lets the sends be awaited.
  const spoolDir = mkdtempSync(join(tmpdir(), 'vahti-simulator-'));
  // A paced run is often stopped with Ctrl-C: do not leave the spool behind.
  const interrupted = (signal: NodeJS.Signals): void => {
    rmSync(spoolDir, { recursive: true, force: true });
    process.stderr.write(`simulator: stopped by ${signal}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const spool = join(spoolDir, 'events.ndjson');
    const groundTruth = simulateToFile(scenarios, spool, summary, new Progress('simulated', stderr));
    writeGroundTruth(groundTruthFile, groundTruth);
    stderr(
      `ground truth: ${groundTruthFile}\nsending ${summary.totalEvents.toLocaleString('en-US')} events to ${topic}` +
        `${options.speed === undefined ? '' : ` at ${options.speed}x wall-clock speed`}\n`,
    );
    await publishSpool(spool, config, topic, new Pacer(options.speed), new Progress('sent', stderr));
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

function exitCodeFor(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError || error instanceof ScenarioError) {
    return { code: 2, message: error.message };
  }
  if (error instanceof ConfigError) {
    return { code: 2, message: error.message };
  }
  return { code: 1, message: `failed: ${error instanceof Error ? error.message : String(error)}` };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { code, message } = exitCodeFor(error);
    process.stderr.write(`simulator: ${message}\n`);
    process.exitCode = code;
  },
);
