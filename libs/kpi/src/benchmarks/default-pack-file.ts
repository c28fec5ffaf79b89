// Where the shipped default pack lives, relative to this lib (the app reads it; this lib does no I/O).

/** Path of the default benchmark pack from the repository root. */
export const DEFAULT_BENCHMARK_PACK_PATH = 'libs/kpi/benchmarks/default.v1.yaml';
