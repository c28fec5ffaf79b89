import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL server owned by one test, on its own port and data folder, so the test may stop and
 * start it. Debian's initdb/pg_ctl refuse to run as root, so they run as the `postgres` user.
 */
export class OwnPostgresServer {
  private readonly bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  readonly dataDir: string;

  /**
   * Without a port, one in 20000–29999: below Linux's ephemeral range (32768–60999), so no outgoing
   * connection of the test run (Kafka clients, pools) can be holding it when the server binds.
   */
  constructor(readonly port: number = 20000 + Math.floor(Math.random() * 10000)) {
    this.dataDir = mkdtempSync(join(tmpdir(), `vahti-pg-${port}-`));
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** initdb with trust auth; fsync off because the data is thrown away. */
  init(): void {
    if (process.getuid?.() === 0) {
      chownSync(this.dataDir, uid('postgres'), gid('postgres'));
    }
    this.run('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  }

  /** Starts the server and waits for it; a failure carries the end of the server's log (the data folder goes with destroy()). */
  start(): void {
    const opts = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dataDir} -c fsync=off -c max_connections=50`;
    const log = join(this.dataDir, 'server.log');
    try {
      this.run('pg_ctl', ['-D', this.dataDir, '-o', opts, '-l', log, '-w', '-t', '60', 'start']);
    } catch (error) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '(no server log)';
      throw new Error(`PostgreSQL on port ${this.port} did not start: ${(error as Error).message}\nserver.log:\n${tail}`);
    }
  }

  /** `immediate` is a crash from the clients' point of view; `fast` a clean shutdown. */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  async query(sql: string): Promise<void> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  destroy(): void {
    try {
      this.stop('immediate');
    } catch {
      // already stopped
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const path = join(this.bin, tool);
    // The data folder as working directory: the postgres user may not be allowed into ours.
    const options = { stdio: 'pipe' as const, cwd: this.dataDir };
    if (process.getuid?.() === 0) {
      execFileSync('runuser', ['-u', 'postgres', '--', path, ...args], options);
    } else {
      execFileSync(path, args, options);
    }
  }
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}
