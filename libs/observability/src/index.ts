export { METRICS_REGISTRY, createMetricsRegistry } from './metrics-registry';
export { ReadinessRegistry, type ProbeResult, type ReadinessProbe } from './readiness-registry';
export { ObservabilityModule, type ObservabilityOptions } from './observability.module';
export { bootstrapApp } from './bootstrap-app';
export { TenantKeyGuard, TENANT_API_KEYS } from './tenant-key.guard';
export { openApiOf, type ApiDescription } from './open-api';
export { TenantApi } from './tenant-api.decorator';
