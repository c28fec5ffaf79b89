export { ConfigError } from './config-error';
export { loadConfig } from './load-config';
export { loadSettingFile } from './setting-file';
export { apiKeyDigest, parseApiKeys, type ApiKeyTable } from './api-keys';
export * from './app-configs';
