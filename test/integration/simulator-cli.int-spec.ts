// Real: the compiled simulator CLI as a child process, writing NDJSON files and publishing to the
// test Kafka cluster.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { partitionKey, type VahtiEvent } from '@vahti/contracts';
import { readTopic, testEnvironment, testKafka, uniqueSuffix } from '@vahti/testing';

const ROOT = resolve(__dirname, '../..');
const CLI = resolve(ROOT, 'dist/apps/simulator/apps/simulator/src/main.js');
const BASELINE = resolve(ROOT, 'libs/simulation/scenarios/baseline-midsize.yaml');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('simulator CLI', () => {
  let dir: string;

  beforeAll(() => {
    if (!existsSync(CLI)) {
      throw new Error(`${CLI} is missing: run 'npm run build' first.`);
    }
    dir = mkdtempSync(join(tmpdir(), 'vahti-sim-cli-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes byte-identical NDJSON and ground truth for the same seed, different output for another', async () => {
    const out = (name: string): string => join(dir, `${name}.ndjson`);
    const [first, second, other] = await Promise.all([
      runCli(['--scenario', BASELINE, '--out', out('first'), '--days', '1', '--seed', '42']),
      runCli(['--scenario', BASELINE, '--out', out('second'), '--days', '1', '--seed', '42']),
      runCli(['--scenario', BASELINE, '--out', out('other'), '--days', '1', '--seed', '43']),
    ]);
    for (const run of [first, second, other]) {
      expect(run).toMatchObject({ code: 0 });
    }
    const bytes = readFileSync(out('first'));
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.equals(readFileSync(out('second')))).toBe(true);
    expect(bytes.equals(readFileSync(out('other')))).toBe(false);
    const lines = bytes.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(JSON.stringify(JSON.parse(lines[0]!))).toBe(lines[0]);
    // The ground truth names the run's source, the same as every event's.
    const source = (JSON.parse(lines[0]!) as { source: string }).source;
    expect(source).toMatch(/^\/sim\/northwind\/[0-9a-f]{12}$/);
    expect(JSON.parse(readFileSync(`${out('first')}.ground-truth.json`, 'utf8'))).toEqual([{ tenant: 'northwind', source, faults: [] }]);
    expect(first.stdout).toMatch(/northwind\s+voice-billing\s+[\d,]+\s+[\d,]+\s+[\d,]+\s+[\d.]+ % in 20 s\s+[\d.]+ %/);
    expect(first.stdout).toContain(`${lines.length.toLocaleString('en-US')} events in`);
  });

  it('rejects a bad scenario file with exit code 2, naming the file and the field', async () => {
    const bad = join(dir, 'bad-scenario.yaml');
    writeFileSync(bad, readFileSync(BASELINE, 'utf8').replace('channel: voice', 'channel: telegraph'));
    const run = await runCli(['--scenario', bad, '--out', join(dir, 'bad.ndjson')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-scenario.yaml');
    expect(run.stderr).toContain('/queues/0/channel');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'bad.ndjson'))).toBe(false);

    const unknown = await runCli(['--scenario', BASELINE, '--out', join(dir, 'x.ndjson'), '--sped', '60']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--sped');
    const missing = await runCli(['--scenario', join(dir, 'nope.yaml'), '--out', join(dir, 'x.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
  });

  it('publishes as many records as the NDJSON run has lines, keyed <tenant>/<queue>', async () => {
    const topic = `sim-cli-${uniqueSuffix()}`;
    const ndjson = join(dir, 'kafka-twin.ndjson');
    const groundTruth = join(dir, 'kafka.ground-truth.json');
    const [file, kafka] = await Promise.all([
      runCli(['--scenario', BASELINE, '--out', ndjson, '--days', '1']),
      runCli(['--scenario', BASELINE, '--kafka', '--topic', topic, '--ground-truth', groundTruth, '--days', '1'], {
        KAFKA_BROKERS: testEnvironment.kafkaBrokers,
      }),
    ]);
    expect(file.code).toBe(0);
    expect(kafka).toMatchObject({ code: 0 });
    const lines = readFileSync(ndjson, 'utf8').trimEnd().split('\n');
    const records = await readTopic(testKafka(), topic, lines.length, 45000);
    expect(records).toHaveLength(lines.length);
    const events = records.map((r) => ({ key: r.key, event: JSON.parse(r.value?.toString() ?? 'null') as VahtiEvent }));
    for (const { key, event } of events) {
      expect(key).toBe(partitionKey(event));
    }
    const contact = events.filter(({ event }) => event.type === 'io.vahti.contact.offered.v1');
    expect(contact.length).toBeGreaterThan(0);
    for (const { key, event } of contact) {
      expect(key).toBe(`northwind/${(event.data as { queueId: string }).queueId}`);
    }
    expect(new Set(records.map((r) => r.value?.toString())).size).toBe(lines.length);
    expect(new Set(records.map((r) => r.value?.toString()))).toEqual(new Set(lines));
    const source = (JSON.parse(lines[0]!) as { source: string }).source;
    expect(JSON.parse(readFileSync(groundTruth, 'utf8'))).toEqual([{ tenant: 'northwind', source, faults: [] }]);
  });

  it('--help explains the options and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--scenario', '--out', '--kafka', '--topic', '--seed', '--days', '--speed', '--ground-truth', 'Examples']) {
      expect(run.stdout).toContain(option);
    }
  });
});
