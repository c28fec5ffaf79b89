// Local stand-ins for the alerter's receivers, as a test drives them: an HTTP server for webhook,
// Slack, Teams and Alertmanager (node:http) and an SMTP server (smtp-server, from the nodemailer
// project). Each records every delivery it gets (raw body and headers) and can be made to fail
// (503 / SMTP 451), to hang (accept and never answer: the sender is cut off mid-delivery), or to go
// down and come back on the same port. `unique()` is what a de-duplicating receiver shows.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceiverMode = 'ok' | 'fail' | 'hang';

/** One delivery as received. */
export interface ReceivedHttp {
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  /** The key the sender put on it (Idempotency-Key header). */
  readonly key: string | undefined;
  /** Whether it was answered 2xx (a failed or hung delivery was still seen). */
  readonly accepted: boolean;
  /** The receiver's mode when it arrived. */
  readonly mode: ReceiverMode;
}

/** Keeps the first accepted delivery per idempotency key: what a receiver that de-duplicates shows. */
function dedupe<T extends { key: string | undefined; accepted: boolean }>(all: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of all) {
    if (item.accepted && item.key !== undefined && !seen.has(item.key)) {
      seen.set(item.key, item);
    }
  }
  return [...seen.values()];
}

/** HTTP receiver on one port; paths tell the channels apart (/hook, /slack, /teams, /am/api/v2/alerts). */
export class HttpAlertReceiver {
  readonly received: ReceivedHttp[] = [];
  mode: ReceiverMode = 'ok';
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  /** Listens (on the same port as before after a stop); resolves with the base URL. */
  async start(): Promise<string> {
    const server = createServer((req, res) => this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Goes down: refuses new connections and cuts the open ones (hung requests included). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server === null) {
      return;
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await closed;
  }

  /** Deliveries to one path. */
  at(path: string): ReceivedHttp[] {
    return this.received.filter((r) => r.path === path);
  }

  /** Accepted deliveries to one path, once per idempotency key. */
  unique(path: string): ReceivedHttp[] {
    return dedupe(this.at(path));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const mode = this.mode;
      const key = req.headers['idempotency-key'];
      this.received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        key: typeof key === 'string' ? key : undefined,
        accepted: mode === 'ok',
        mode,
      });
      if (mode === 'ok') {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      } else if (mode === 'fail') {
        res.writeHead(503, { 'Content-Type': 'text/plain' }).end('down for maintenance');
      }
      // 'hang': never answer; the sender's timeout (or stop()) ends it.
    });
  }
}

/** One e-mail as received, headers parsed and the body's quoted-printable undone. */
export interface ReceivedMail {
  readonly headers: Readonly<Record<string, string>>;
  readonly raw: string;
  /** Decoded text of all parts, for searching. */
  readonly text: string;
  readonly key: string | undefined;
  readonly accepted: boolean;
  readonly mode: ReceiverMode;
}

/** SMTP receiver (no TLS, no auth) on one port. */
export class SmtpAlertReceiver {
  readonly received: ReceivedMail[] = [];
  mode: ReceiverMode = 'ok';
  private server: SMTPServer | null = null;
  private port = 0;

  async start(): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const mode = this.mode;
          const mail = parseMail(Buffer.concat(chunks).toString('utf8'), mode);
          this.received.push(mail);
          if (mode === 'ok') {
            callback();
          } else if (mode === 'fail') {
            callback(Object.assign(new Error('mailbox busy, try again later'), { responseCode: 451 }));
          }
          // 'hang': never answer.
        });
      },
    });
    const net = server.listen(this.port, '127.0.0.1');
    await new Promise<void>((resolve) => net.once('listening', () => resolve()));
    this.port = (net.address() as AddressInfo).port;
    this.server = server;
    return this.port;
  }

  get smtpPort(): number {
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server !== null) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Accepted mails, once per idempotency key. */
  unique(): ReceivedMail[] {
    return dedupe(this.received);
  }
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** The decoded text of a MIME entity: its parts' texts for a multipart, else its body undone from QP or base64. */
function decodeEntity(headers: Readonly<Record<string, string>>, body: string): string {
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary !== undefined) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .map((part) => {
        const start = part.replace(/^\r\n/, '');
        const split = start.indexOf('\r\n\r\n');
        return decodeEntity(parseHeaders(start.slice(0, split)), start.slice(split + 4));
      })
      .join('\n');
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (encoding === 'quoted-printable') {
    const latin = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(latin, 'latin1').toString('utf8');
  }
  return body;
}

function parseMail(raw: string, mode: ReceiverMode): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(raw.slice(0, split));
  return {
    headers,
    raw,
    text: decodeEntity(headers, raw.slice(split + 4)),
    key: headers['x-vahti-idempotency-key'],
    accepted: mode === 'ok',
    mode,
  };
}
