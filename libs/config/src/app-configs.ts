import { Type, type Static } from '@sinclair/typebox';
import {
  AlertSettings,
  CommonSettings,
  DatabaseSettings,
  DecodeSettings,
  EvaluateSettings,
  IngestSettings,
  KafkaSettings,
  SimulatorSettings,
  httpSettings,
} from './settings';
import { loadConfig } from './load-config';

/** Environment of the ingestor. */
export const IngestorEnv = Type.Object({
  ...CommonSettings,
  ...httpSettings(3001),
  ...KafkaSettings,
  ...DatabaseSettings,
  ...IngestSettings,
  ...DecodeSettings,
});
export type IngestorConfig = Static<typeof IngestorEnv>;

/** Environment of the evaluator. */
export const EvaluatorEnv = Type.Object({
  ...CommonSettings,
  ...httpSettings(3002),
  ...KafkaSettings,
  ...DatabaseSettings,
  ...DecodeSettings,
  ...EvaluateSettings,
});
export type EvaluatorConfig = Static<typeof EvaluatorEnv>;

/** Environment of the alerter. */
export const AlerterEnv = Type.Object({
  ...CommonSettings,
  ...httpSettings(3003),
  ...KafkaSettings,
  ...DatabaseSettings,
  ...AlertSettings,
});
export type AlerterConfig = Static<typeof AlerterEnv>;

/** Environment of the migration command. */
export const MigrateEnv = Type.Object({ ...CommonSettings, ...DatabaseSettings });
export type MigrateConfig = Static<typeof MigrateEnv>;

/** Environment of the simulator CLI (a plain command, no HTTP port). */
export const SimulatorEnv = Type.Object({ ...KafkaSettings, ...SimulatorSettings });
export type SimulatorConfig = Static<typeof SimulatorEnv>;

/** Subsets the shared adapters need; every app config satisfies them. */
export type KafkaConfig = Static<ReturnType<typeof Type.Object<typeof KafkaSettings>>>;
export type DatabaseConfig = Static<ReturnType<typeof Type.Object<typeof DatabaseSettings>>>;
export type CommonConfig = Static<ReturnType<typeof Type.Object<typeof CommonSettings>>> & { HTTP_PORT: number };

/** Reads the process environment; the only place in the code base that touches process.env. */
export function readEnv<T extends typeof IngestorEnv | typeof EvaluatorEnv | typeof AlerterEnv | typeof MigrateEnv | typeof SimulatorEnv>(
  schema: T,
): Static<T> {
  return loadConfig(schema, process.env);
}
