export { METRICS_REGISTRY, createMetricsRegistry } from './metrics-registry';
export { ReadinessRegistry, type ProbeResult, type ReadinessProbe } from './readiness-registry';
export { ObservabilityModule, type ObservabilityOptions } from './observability.module';
export { bootstrapApp } from './bootstrap-app';
