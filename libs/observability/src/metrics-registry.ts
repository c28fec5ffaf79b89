import { Registry, collectDefaultMetrics } from 'prom-client';

/** Token under which each app's prom-client Registry is injected. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/**
 * One Registry per app instance (never the global one), so tests and hot reloads cannot hit
 * "metric already registered", with the default Node.js process metrics.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
