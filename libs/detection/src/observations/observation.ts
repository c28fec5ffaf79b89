// What a detector reads from one interval of one KPI series: the additive sufficient statistics of
// the KPI, never the ratio. Windows and baselines are formed by adding observations (ratio of sums,
// detection-and-stack.md §A.6.1), and the sample size travels with the value, so an interval with
// 3 contacts weighs what it should against one with 300.

/** Bad outcomes among independent trials (abandoned among offered, not answered in T among answered or abandoned). */
export interface ProportionObservation {
  readonly kind: 'proportion';
  readonly bad: number;
  readonly trials: number;
}

/** Σx, Σx² and n of a duration (handle time, answer wait), for the mean and its spread. */
export interface MeanObservation {
  readonly kind: 'mean';
  readonly sum: number;
  readonly sumSquares: number;
  readonly count: number;
}

/**
 * A count of events (offered contacts). `expected` is a plan for the same events when the metric
 * compares with one (the forecast), given on the interval where a plan block starts and covering
 * `expectedIntervals` intervals from there (forecasts are 15, 30 or 60 minutes long).
 */
export interface CountObservation {
  readonly kind: 'count';
  readonly count: number;
  readonly expected?: number;
  readonly expectedIntervals?: number;
}

export type Observation = ProportionObservation | MeanObservation | CountObservation;
export type ObservationKind = Observation['kind'];

/** An observation with nothing in it. */
export function emptyObservation(kind: ObservationKind): Observation {
  switch (kind) {
    case 'proportion':
      return { kind, bad: 0, trials: 0 };
    case 'mean':
      return { kind, sum: 0, sumSquares: 0, count: 0 };
    case 'count':
      return { kind, count: 0 };
  }
}

/** The sum of two observations of the same kind (plans are summed as they are; see breach/window-value.ts for blocks). */
export function addObservations(a: Observation, b: Observation): Observation {
  if (a.kind === 'proportion' && b.kind === 'proportion') {
    return { kind: 'proportion', bad: a.bad + b.bad, trials: a.trials + b.trials };
  }
  if (a.kind === 'mean' && b.kind === 'mean') {
    return { kind: 'mean', sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares, count: a.count + b.count };
  }
  if (a.kind === 'count' && b.kind === 'count') {
    const expected = (a.expected ?? 0) + (b.expected ?? 0);
    return { kind: 'count', count: a.count + b.count, ...(a.expected !== undefined || b.expected !== undefined ? { expected } : {}) };
  }
  throw new Error(`cannot add a ${b.kind} observation to a ${a.kind} one`);
}

/** The sum of observations of one kind. */
export function sumObservations(kind: ObservationKind, parts: Iterable<Observation>): Observation {
  let total = emptyObservation(kind);
  for (const part of parts) {
    total = addObservations(total, part);
  }
  return total;
}

/** The observation with every sum multiplied by `factor` (e.g. the mean of several weeks: their sum times 1/k); ratios stay as they are. */
export function scaleObservation(observation: Observation, factor: number): Observation {
  switch (observation.kind) {
    case 'proportion':
      return { kind: 'proportion', bad: observation.bad * factor, trials: observation.trials * factor };
    case 'mean':
      return {
        kind: 'mean',
        sum: observation.sum * factor,
        sumSquares: observation.sumSquares * factor,
        count: observation.count * factor,
      };
    case 'count':
      return {
        kind: 'count',
        count: observation.count * factor,
        ...(observation.expected !== undefined && { expected: observation.expected * factor }),
        ...(observation.expectedIntervals !== undefined && { expectedIntervals: observation.expectedIntervals }),
      };
  }
}

/** The sample size: trials, or observed count. */
export function sampleOf(observation: Observation): number {
  switch (observation.kind) {
    case 'proportion':
      return observation.trials;
    case 'mean':
    case 'count':
      return observation.count;
  }
}
