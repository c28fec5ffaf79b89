export { ConfigError } from './config-error';
export { loadConfig } from './load-config';
export * from './app-configs';
