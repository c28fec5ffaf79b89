// Percentiles of waiting time from a DDSketch: mergeable across periods and instances with a
// relative-accuracy guarantee, and because bucket boundaries are fixed, merging sketches gives
// exactly the sketch of all values, whatever the order (what the property tests rely on).
import { DDSketch } from '@datadog/sketches-js';

/** 1 % relative accuracy: a reported p90 wait of 60 s is within 59.4–60.6 s of the true value. */
export const WAIT_SKETCH_RELATIVE_ACCURACY = 0.01;

export type WaitSketch = DDSketch;

/** An empty sketch of waiting times in seconds. */
export function emptyWaitSketch(): WaitSketch {
  return new DDSketch({ relativeAccuracy: WAIT_SKETCH_RELATIVE_ACCURACY });
}

/** Records one wait; zero waits are kept in the sketch's zero bucket. */
export function recordWait(sketch: WaitSketch, seconds: number): void {
  sketch.accept(seconds);
}

/** Merges `source` into `target` in place. */
export function mergeWaitSketch(target: WaitSketch, source: WaitSketch): void {
  if (source.count > 0) {
    target.merge(source);
  }
}

/** The wait at quantile `q` (0–1), or null when the sketch is empty. */
export function waitQuantile(sketch: WaitSketch, q: number): number | null {
  return sketch.count === 0 ? null : sketch.getValueAtQuantile(q);
}

/** Protobuf bytes for storage. */
export function waitSketchToBytes(sketch: WaitSketch): Uint8Array {
  return sketch.toProto();
}

/** Reads a stored sketch. */
export function waitSketchFromBytes(bytes: Uint8Array): WaitSketch {
  return DDSketch.fromProto(bytes);
}
