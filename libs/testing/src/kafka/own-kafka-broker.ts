import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * A Kafka broker owned by one test (own ports and data folder, the shared jars), started with the
 * project's own script, so the test may stop and restart it without disturbing other suites.
 */
export class OwnKafkaBroker {
  private readonly home = mkdtempSync(join(tmpdir(), 'vahti-kafka-'));

  /** `extraProperties` is appended to the broker config (later keys win), e.g. a SASL listener. */
  constructor(
    readonly port: number,
    private readonly controllerPort: number,
    private readonly extraProperties?: string,
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
    const extra = join(this.home, 'extra.properties');
    if (this.extraProperties !== undefined) {
      writeFileSync(extra, this.extraProperties);
    }
    execFileSync('bash', [join(ROOT, 'deploy/kafka/kafka.sh'), command], {
      stdio: 'pipe',
      env: {
        ...process.env,
        KAFKA_PORT: String(this.port),
        KAFKA_CONTROLLER_PORT: String(this.controllerPort),
        KAFKA_HOME_DIR: this.home,
        KAFKA_LIBS_DIR: join(ROOT, '.cache/kafka/libs'),
        ...(this.extraProperties !== undefined ? { KAFKA_EXTRA_PROPERTIES: extra } : {}),
      },
    });
  }
}
