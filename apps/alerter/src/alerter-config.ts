// The alerter's configuration as its services receive it: the validated environment plus the files
// it names (routing, API keys), loaded and checked at start-up by settings/alerter-settings.ts.
import type { AlertingConfig } from '@vahti/alerting';
import type { AlerterConfig, ApiKeyTable } from '@vahti/config';
import type { EvaluationSettings, YardstickLookup } from '@vahti/kpi';

/** The validated environment plus the routing configuration, the API keys and the yardsticks it points to. */
export type AlerterRuntimeConfig = AlerterConfig & {
  readonly routing: AlertingConfig;
  readonly apiKeys: ApiKeyTable;
  /** Breach lines (benchmark pack + tenant targets) and per-queue thresholds, as the evaluator has them. */
  readonly yardsticks: YardstickLookup;
  readonly evaluation: EvaluationSettings;
};

/** Injection token of the alerter's runtime configuration. */
export const ALERTER_CONFIG = Symbol('ALERTER_CONFIG');

/** Injection token of the clock (epoch ms) every use case and loop reads time from. */
export const ALERTER_CLOCK = Symbol('ALERTER_CLOCK');
