import { ConfigError } from './config-error';
import { IngestorEnv, EvaluatorEnv } from './app-configs';
import { loadConfig } from './load-config';

const KEY = 'a-local-test-key-of-32-characters';

describe('loadConfig', () => {
  it('applies defaults and coerces numbers and booleans', () => {
    const config = loadConfig(IngestorEnv, { PSEUDONYMISATION_KEY: KEY, HTTP_PORT: '4100', KAFKA_SSL: 'true' });
    expect(config.HTTP_PORT).toBe(4100);
    expect(config.KAFKA_SSL).toBe(true);
    expect(config.KAFKA_BROKERS).toBe('127.0.0.1:9092');
    expect(config.INGEST_TOPIC).toBe('cc.events');
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/vahti');
  });

  it('names every bad setting in one error', () => {
    const attempt = () => loadConfig(IngestorEnv, { HTTP_PORT: 'eighty', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain('HTTP_PORT="eighty"');
      expect(message).toContain('KAFKA_BROKERS="no-port"');
      expect(message).toContain('LOG_LEVEL="loud"');
      expect(message).toContain('PSEUDONYMISATION_KEY is required');
    }
  });

  it('hides secret values in messages', () => {
    expect(() => loadConfig(IngestorEnv, { PSEUDONYMISATION_KEY: 'short' })).toThrow(/PSEUDONYMISATION_KEY=\(hidden\)/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(EvaluatorEnv, { HTTP_PORT: '', PSEUDONYMISATION_KEY: 'sixteen-chars-key' }).HTTP_PORT).toBe(3002);
  });

  it('accepts a list of external brokers', () => {
    expect(
      loadConfig(EvaluatorEnv, { KAFKA_BROKERS: 'b1.example:9093,b2.example:9093', PSEUDONYMISATION_KEY: 'sixteen-chars-key' })
        .KAFKA_BROKERS,
    ).toBe('b1.example:9093,b2.example:9093');
  });
});
