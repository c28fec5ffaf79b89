import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * A Kafka broker owned by one test (own ports and data folder, the shared jars), started with the
 * project's own script, so the test may stop and restart it without disturbing other suites.
 */
export class OwnKafkaBroker {
  private readonly home = mkdtempSync(join(tmpdir(), 'vahti-kafka-'));

  constructor(
    readonly port: number,
    private readonly controllerPort: number,
  ) {}

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  start(): void {
    this.run('start');
  }

  stop(): void {
    this.run('stop');
  }

  destroy(): void {
    try {
      this.stop();
    } finally {
      rmSync(this.home, { recursive: true, force: true });
    }
  }

  private run(command: 'start' | 'stop'): void {
    execFileSync('bash', [join(ROOT, 'deploy/kafka/kafka.sh'), command], {
      stdio: 'pipe',
      env: {
        ...process.env,
        KAFKA_PORT: String(this.port),
        KAFKA_CONTROLLER_PORT: String(this.controllerPort),
        KAFKA_HOME_DIR: this.home,
        KAFKA_LIBS_DIR: join(ROOT, '.cache/kafka/libs'),
      },
    });
  }
}
