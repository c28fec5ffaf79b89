// Command-line parsing with node:util parseArgs: everything the CLI accepts, checked and typed.
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error';

/** Where the events go. */
export type Output = { kind: 'ndjson'; file: string } | { kind: 'kafka'; topic?: string; groundTruthFile?: string };

export interface CliOptions {
  scenarioFile: string;
  output: Output;
  seed?: number;
  days?: number;
  /** Fault-free weeks simulated before the scenario's own days (the detectors' seasonal baseline). */
  historyWeeks?: number;
  /** Simulated seconds per wall-clock second; undefined = as fast as possible. */
  speed?: number;
}

/** `{ help: true }` when --help was asked for, the options otherwise; a UsageError when they do not make sense. */
export function parseCliOptions(argv: readonly string[]): { help: true } | { help: false; options: CliOptions } {
  const { values } = parseOrExplain(argv);
  if (values.help === true) {
    return { help: true };
  }
  if (values.scenario === undefined) {
    throw new UsageError('--scenario <file> is required (a .yaml, .yml or .json scenario file).');
  }
  const kafka = values.kafka === true;
  if (kafka === (values.out !== undefined)) {
    throw new UsageError('Give exactly one output: --out <file.ndjson> or --kafka.');
  }
  if (!kafka && (values.topic !== undefined || values['ground-truth'] !== undefined)) {
    throw new UsageError(
      '--topic and --ground-truth only apply with --kafka; with --out the ground truth goes to <out>.ground-truth.json.',
    );
  }
  const output: Output = kafka
    ? { kind: 'kafka', topic: values.topic, groundTruthFile: values['ground-truth'] }
    : { kind: 'ndjson', file: values.out as string };
  return {
    help: false,
    options: {
      scenarioFile: values.scenario,
      output,
      seed: integer('--seed', values.seed, 0, 4294967295),
      days: integer('--days', values.days, 1, 366),
      historyWeeks: integer('--history-weeks', values['history-weeks'], 0, 52),
      speed: positive('--speed', values.speed),
    },
  };
}

function parseOrExplain(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string', short: 's' },
        out: { type: 'string', short: 'o' },
        kafka: { type: 'boolean' },
        topic: { type: 'string' },
        'ground-truth': { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        'history-weeks': { type: 'string' },
        speed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.+$/, '')}. Run with --help for the options.`);
  }
}

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}.`);
  }
  return value;
}

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`${name} must be a number above 0 (e.g. 60 = one simulated hour per real minute), got ${JSON.stringify(raw)}.`);
  }
  return value;
}
