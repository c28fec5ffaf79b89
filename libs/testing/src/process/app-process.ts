import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** Compiled entry point of an app, as `nest build <app>` lays it out. */
export function appEntry(app: 'ingestor' | 'evaluator' | 'alerter'): string {
  return resolve(ROOT, `dist/apps/${app}/apps/${app}/src/main.js`);
}

/**
 * One app running as a real child process, so a test can SIGKILL or SIGTERM it. Its output is
 * kept for assertions and for the failure message.
 */
export class AppProcess {
  private child: ChildProcess | undefined;
  private exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  output = '';

  constructor(
    private readonly app: 'ingestor' | 'evaluator' | 'alerter',
    private readonly env: Record<string, string>,
    /** Also append the output to this file as it arrives, for post-mortems of hung tests. */
    private readonly logFile?: string,
    /** Extra node options that NODE_OPTIONS does not accept (e.g. `--cpu-prof` for a profile of a bench run). */
    private readonly nodeArgs: readonly string[] = [],
  ) {}

  start(): void {
    this.output = '';
    const child = spawn(process.execPath, [...this.nodeArgs, appEntry(this.app)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (d: Buffer): void => {
      this.output += d.toString();
      if (this.logFile) {
        appendFileSync(this.logFile, d);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exit = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })));
    this.child = child;
  }

  /** Resolves with how the process ended. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.exit) {
      throw new Error('not started');
    }
    return this.exit;
  }

  kill(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** GETs a path on the app's HTTP port; returns status and body. */
  async get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    const res = await fetch(`http://127.0.0.1:${this.env.HTTP_PORT}${path}`, { headers });
    return { status: res.status, body: await res.text() };
  }

  /** Stops the process if still running and waits for it. */
  async stop(): Promise<void> {
    if (this.running) {
      this.kill('SIGTERM');
      const timer = setTimeout(() => this.kill('SIGKILL'), 15000);
      await this.exited();
      clearTimeout(timer);
    }
  }
}
