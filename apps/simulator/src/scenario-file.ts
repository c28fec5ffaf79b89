// Reads a scenario file (one tenant or `tenants: [...]`), validates it with @vahti/simulation and
// applies the command-line overrides (--seed, --days, --history-weeks).
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { faultStartSeconds, validateScenario, validateScenarioSet, withHistory, type Scenario } from '@vahti/simulation';
import { UsageError } from './usage-error';

/** The tenants to simulate, validated and with overrides applied. */
export function loadScenarios(file: string, overrides: { seed?: number; days?: number; historyWeeks?: number }): Scenario[] {
  const parsed = parseFile(file);
  const isSet = typeof parsed === 'object' && parsed !== null && 'tenants' in parsed;
  const scenarios = isSet ? validateScenarioSet(parsed, file).tenants : [validateScenario(parsed, file)];
  return scenarios.map((scenario, i) => override(scenario, i, overrides));
}

function parseFile(file: string): unknown {
  const extension = extname(file).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(extension)) {
    throw new UsageError(`${file}: a scenario file must end in .yaml, .yml or .json.`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the scenario file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}).`);
  }
  try {
    return extension === '.json' ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown);
  } catch (error) {
    throw new UsageError(`${basename(file)}: not valid ${extension === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
}

function override(
  scenario: Scenario,
  index: number,
  { seed, days, historyWeeks }: { seed?: number; days?: number; historyWeeks?: number },
): Scenario {
  let result = scenario;
  if (seed !== undefined) {
    result = { ...result, seed: (seed + index) % 2 ** 32 };
  }
  if (days !== undefined) {
    // Faults that would start after a shortened run did not happen: leave them out of the ground truth.
    const end = days * 86_400;
    const faults = result.faults?.filter((f) => faultStartSeconds(f.start, result) < end);
    result = { ...result, days, ...(faults === undefined ? {} : { faults }) };
  }
  if (historyWeeks !== undefined && historyWeeks > 0) {
    try {
      result = withHistory(result, historyWeeks);
    } catch (error) {
      throw new UsageError(`--history-weeks: ${(error as Error).message}.`);
    }
  }
  return result;
}
