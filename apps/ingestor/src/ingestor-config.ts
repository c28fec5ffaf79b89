/** Injection token of the validated ingestor configuration. */
export const INGESTOR_CONFIG = Symbol('INGESTOR_CONFIG');
