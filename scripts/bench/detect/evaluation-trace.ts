// With BENCH_TRACE=dir the benchmark writes, for every reviewed interval, series and watched metric,
// the interval's observation and the observations of the same slot (and its neighbours ±2) in the
// reference weeks, one JSON line each. It is the raw material for calibrating detectors by replay
// (detection-and-stack.md §A.6.6): a detector variant can be tried on the trace in seconds instead
// of re-simulating six weeks per scenario.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WATCHED_METRICS, type Observation } from '@vahti/detection';
import { intervalSeries, seriesCountersIn, seriesKey, type RowsAt } from '@vahti/degradation';
import { INTERVAL_MS } from '@vahti/kpi';

const WEEK_MS = 7 * 86_400_000;
const NEIGHBOURS = [-2, -1, 0, 1, 2];

/** A compact observation: [bad, trials], [sum, squares, count] or [count, expected?, expectedIntervals?]. */
function compact(o: Observation | null): number[] | null {
  if (o === null) {
    return null;
  }
  switch (o.kind) {
    case 'proportion':
      return [o.bad, o.trials];
    case 'mean':
      return [o.sum, o.sumSquares, o.count];
    case 'count':
      return o.expected === undefined ? [o.count] : [o.count, o.expected, o.expectedIntervals ?? 1];
  }
}

export class EvaluationTrace {
  private readonly path: string;
  private buffer: string[] = [];

  constructor(dir: string, name: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${name}.jsonl`);
    writeFileSync(this.path, '');
  }

  /** Traces every series of the interval (and series given by key that have no rows now). */
  record(rowsAt: RowsAt, intervalStart: number, weeks: number): void {
    const present = intervalSeries(rowsAt(intervalStart));
    const references = new Map<string, ReturnType<RowsAt>>();
    const rowsOf = (at: number): ReturnType<RowsAt> => {
      const key = String(at);
      let rows = references.get(key);
      if (rows === undefined) {
        rows = rowsAt(at);
        references.set(key, rows);
      }
      return rows;
    };
    for (const series of present) {
      for (const metric of WATCHED_METRICS) {
        const refs: Array<[number, number, number[] | null]> = [];
        for (let week = 1; week <= weeks; week += 1) {
          for (const offset of NEIGHBOURS) {
            const counters = seriesCountersIn(rowsOf(intervalStart - week * WEEK_MS + offset * INTERVAL_MS), series);
            if (counters !== undefined) {
              refs.push([week, offset, compact(metric.observe(counters))]);
            }
          }
        }
        this.buffer.push(
          JSON.stringify({
            t: intervalStart,
            s: seriesKey(series).replace('\u001f', '/'),
            m: metric.id,
            o: compact(metric.observe(series.counters)),
            r: refs,
          }),
        );
      }
    }
    if (this.buffer.length > 5000) {
      this.flush();
    }
  }

  flush(): void {
    if (this.buffer.length > 0) {
      appendFileSync(this.path, `${this.buffer.join('\n')}\n`);
      this.buffer = [];
    }
  }
}
