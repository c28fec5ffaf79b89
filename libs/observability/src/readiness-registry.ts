import { Injectable } from '@nestjs/common';

/** Result of one dependency probe. */
export interface ProbeResult {
  up: boolean;
  detail?: Record<string, string | number | boolean>;
}

export type ReadinessProbe = () => Promise<ProbeResult>;

/**
 * Adapters (Kafka consumer, database) register a probe here; /health asks all of them. This keeps
 * the health endpoint ignorant of which dependencies an app has.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly probes = new Map<string, ReadinessProbe>();

  /** Adds or replaces the probe of one dependency. */
  register(name: string, probe: ReadinessProbe): void {
    this.probes.set(name, probe);
  }

  /** Probes in registration order. */
  entries(): Array<[string, ReadinessProbe]> {
    return [...this.probes.entries()];
  }
}
