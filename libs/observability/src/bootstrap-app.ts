import { type DynamicModule, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { createServer } from 'node:net';
import { ConfigError, type CommonConfig } from '@vahti/config';

/**
 * Common start-up of every app: validate configuration first (a bad setting stops the process
 * with a message naming it), JSON logs, shutdown hooks so SIGTERM drains work, then listen.
 */
export async function bootstrapApp<C extends CommonConfig>(
  service: string,
  loadConfig: () => C,
  module: (config: C) => DynamicModule,
  configure?: (app: INestApplication) => void,
): Promise<void> {
  let config: C;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${JSON.stringify({ level: 'fatal', service, msg: error.message, problems: error.problems })}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  // Checked before any module starts: a second instance must not join the consumer group (and
  // trigger a rebalance) only to die on a busy port afterwards.
  const portProblem = await portInUse(config.HTTP_PORT);
  if (portProblem) {
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', service, msg: `HTTP_PORT=${config.HTTP_PORT} is not available: ${portProblem}` })}\n`,
    );
    process.exit(78);
  }
  try {
    const app = await NestFactory.create(module(config), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    configure?.(app);
    exitCleanlyOn(['SIGTERM', 'SIGINT'], () => app.close(), app.get(Logger));
    await app.listen(config.HTTP_PORT, '0.0.0.0');
    app.get(Logger).log(`${service} listening on :${config.HTTP_PORT}`, 'Bootstrap');
  } catch (error) {
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', service, msg: 'start-up failed', err: error instanceof Error ? error.stack : String(error) })}\n`,
    );
    process.exit(1);
  }
}

const SHUTDOWN_GRACE_MS = 25000;

/**
 * Instead of Nest's enableShutdownHooks (which re-raises the signal, so even a clean stop exits 143),
 * close the app — consumers finish the work in hand — and exit 0; exit 1 if that fails or hangs.
 */
function exitCleanlyOn(signals: NodeJS.Signals[], close: () => Promise<void>, log: LoggerService): void {
  let closing = false;
  for (const signal of signals) {
    process.once(signal, () => {
      if (closing) {
        return;
      }
      closing = true;
      log.log(`${signal} received: shutting down`, 'Bootstrap');
      const timer = setTimeout(() => {
        log.error(`shutdown took longer than ${SHUTDOWN_GRACE_MS} ms; exiting`, undefined, 'Bootstrap');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS);
      close().then(
        () => {
          clearTimeout(timer);
          process.exit(process.exitCode ?? 0);
        },
        (error: unknown) => {
          log.error(`shutdown failed: ${String(error)}`, undefined, 'Bootstrap');
          process.exit(1);
        },
      );
    });
  }
}

/** Resolves with the reason the port cannot be bound (e.g. EADDRINUSE), or undefined when it is free. */
function portInUse(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(undefined)));
  });
}
