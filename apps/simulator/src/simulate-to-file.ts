// One run of the simulator into an NDJSON file, feeding the summary and progress on the way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { streamTenants, type GroundTruth, type Scenario } from '@vahti/simulation';
import { NdjsonFileWriter } from './ndjson-output';
import type { Progress } from './progress';
import type { RunSummary } from './run-summary';

/** Simulates `scenarios` into `file`, one `JSON.stringify(event)` a line; returns the ground truth. */
export function simulateToFile(scenarios: readonly Scenario[], file: string, summary: RunSummary, progress: Progress): GroundTruth[] {
  const writer = new NdjsonFileWriter(file);
  try {
    const groundTruth = streamTenants(scenarios, (event) => {
      summary.observe(event);
      progress.tick(event.time);
      writer.writeLine(JSON.stringify(event));
    });
    writer.close();
    return groundTruth;
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/** Writes the ground truth (one entry per tenant) as pretty JSON, creating the directory. */
export function writeGroundTruth(file: string, groundTruth: readonly GroundTruth[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(groundTruth, null, 2)}\n`);
}
