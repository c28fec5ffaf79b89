import type { EvaluatorConfig } from '@vahti/config';
import type { DomainSettings } from './domain/domain-settings';

/** The validated environment plus the domain files it points to, loaded and checked at start-up. */
export type EvaluatorRuntimeConfig = EvaluatorConfig & { readonly domain: DomainSettings };

/** Injection token of the evaluator's runtime configuration. */
export const EVALUATOR_CONFIG = Symbol('EVALUATOR_CONFIG');
