// NDJSON file output. The simulator calls its sink synchronously, so writes are synchronous too:
// lines are gathered into ~1 MiB chunks and written with writeSync, which keeps memory flat (the
// producer cannot outrun the disk) without holding the run in memory. The file appears under its
// final name only when the run completed.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

const CHUNK_BYTES = 1024 * 1024;

/** Appends lines to a file through a bounded buffer; `close()` publishes it, `abort()` removes it. */
export class NdjsonFileWriter {
  private readonly partial: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingLength = 0;
  private linesWritten = 0;

  constructor(private readonly file: string) {
    this.partial = `${file}.partial`;
    this.fd = openSync(this.partial, 'w');
  }

  get lines(): number {
    return this.linesWritten;
  }

  /** Writes `line` followed by a newline. */
  writeLine(line: string): void {
    this.pending.push(line, '\n');
    this.pendingLength += line.length + 1;
    this.linesWritten += 1;
    if (this.pendingLength >= CHUNK_BYTES) {
      this.flush();
    }
  }

  /** Flushes, closes and moves the file to its final name. */
  close(): void {
    this.flush();
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
      renameSync(this.partial, this.file);
    }
  }

  /** Closes and deletes the partial file (a failed run leaves nothing that looks complete). */
  abort(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
    rmSync(this.partial, { force: true });
  }

  private flush(): void {
    if (this.fd === undefined || this.pending.length === 0) {
      return;
    }
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
}
