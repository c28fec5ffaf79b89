// Settings that name a file (benchmark pack, tenant settings, API keys, routing): read and parsed
// at start-up like the environment itself, so a missing or bad file stops the service with a
// ConfigError that names the setting, the path and what is wrong.
import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/** Reads the file a setting names and parses it; any failure becomes a ConfigError naming the setting. */
export function loadSettingFile<T>(setting: string, path: string, parse: (text: string) => T): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${setting}: cannot read ${path}: ${(error as Error).message}`]);
  }
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigError(error.problems.map((p) => `${setting}: ${path}: ${p}`));
    }
    throw new ConfigError([`${setting}: ${path}: ${(error as Error).message}`]);
  }
}
