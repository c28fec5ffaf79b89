// The checks a JSON schema cannot express: receiver names that routes refer to, unique names,
// regexes that compile, timers that make sense together (a repeat shorter than the group interval
// could never fire on time; Alertmanager warns about it), known areas and time zones. They walk the
// raw document defensively, so they also run when the schema found problems elsewhere and the
// operator sees all problems at once.
import { parseDuration } from './duration';
import { anchoredRegex } from '../silences/matcher';
import { DEFAULT_TIMING } from '../routing/route-timing';
import type { ConfigProblem } from './alerting-config-error';

export interface ConfigCheckOptions {
  /** Area ids routes may name (e.g. A–H from @vahti/kpi's PROCESS_MODEL); unchecked when absent. */
  readonly knownAreas?: ReadonlySet<string>;
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reference, uniqueness, regex, timer, area and time-zone problems of a (possibly schema-invalid) document. */
export function checkConfigSemantics(document: unknown, options: ConfigCheckOptions = {}): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!isDict(document) || !isDict(document.tenants)) {
    return problems;
  }
  for (const [tenantId, tenant] of Object.entries(document.tenants)) {
    if (isDict(tenant)) {
      checkTenant(`tenants/${tenantId}`, tenant, options, problems);
    }
  }
  return problems;
}

function checkTenant(base: string, tenant: Dict, options: ConfigCheckOptions, problems: ConfigProblem[]): void {
  const receivers = uniqueNames(`${base}/receivers`, list(tenant.receivers), 'receiver', problems);
  const defaults = isDict(tenant.defaults) ? tenant.defaults : {};
  checkTimers(`${base}/defaults`, defaults, {}, problems);
  uniqueNames(`${base}/routes`, list(tenant.routes), 'route', problems);
  list(tenant.routes).forEach((route, i) => {
    if (!isDict(route)) {
      return;
    }
    const path = `${base}/routes/${i}`;
    list(route.receivers).forEach((name, j) => {
      if (typeof name === 'string' && !receivers.has(name)) {
        problems.push({ path: `${path}/receivers/${j}`, message: `names unknown receiver ${JSON.stringify(name)}` });
      }
    });
    if (options.knownAreas !== undefined) {
      const known = options.knownAreas;
      list(route.area).forEach((area, k) => {
        if (typeof area === 'string' && !known.has(area)) {
          problems.push({
            path: `${path}/area/${k}`,
            message: `unknown area ${JSON.stringify(area)} (known: ${[...known].sort().join(', ')})`,
          });
        }
      });
    }
    checkRegexes(`${path}/matchers`, route.matchers, problems);
    checkTimers(path, route, defaults, problems);
  });
  list(tenant.inhibitRules).forEach((rule, i) => {
    if (isDict(rule)) {
      checkRegexes(`${base}/inhibitRules/${i}/sourceMatchers`, rule.sourceMatchers, problems);
      checkRegexes(`${base}/inhibitRules/${i}/targetMatchers`, rule.targetMatchers, problems);
    }
  });
  const zone = text(tenant.timeZone);
  if (zone !== undefined && zone !== '' && !isTimeZone(zone)) {
    problems.push({ path: `${base}/timeZone`, message: `unknown time zone ${JSON.stringify(zone)}` });
  }
}

/** Names of the entries (first occurrence wins) and a problem for each later duplicate. */
function uniqueNames(path: string, entries: unknown[], what: string, problems: ConfigProblem[]): Set<string> {
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    const name = isDict(entry) ? text(entry.name) : undefined;
    if (name === undefined) {
      return;
    }
    const earlier = first.get(name);
    if (earlier !== undefined) {
      problems.push({ path: `${path}/${i}/name`, message: `duplicates ${what} name ${JSON.stringify(name)} of ${path}/${earlier}` });
    } else {
      first.set(name, i);
    }
  });
  return new Set(first.keys());
}

function checkRegexes(path: string, matchers: unknown, problems: ConfigProblem[]): void {
  list(matchers).forEach((matcher, i) => {
    if (!isDict(matcher) || (matcher.type !== '=~' && matcher.type !== '!~')) {
      return;
    }
    const value = text(matcher.value);
    if (value === undefined) {
      return;
    }
    try {
      anchoredRegex(value);
    } catch (error) {
      problems.push({ path: `${path}/${i}/value`, message: `is not a valid regular expression (${(error as Error).message})` });
    }
  });
}

/** Timers of `owner`, falling back to `fallback` (the tenant defaults) and the built-in defaults. */
function checkTimers(path: string, owner: Dict, fallback: Dict, problems: ConfigProblem[]): void {
  const ms = (key: string, builtIn: number): number | null => {
    const raw = text(owner[key]) ?? text(fallback[key]);
    return raw === undefined ? builtIn : parseDuration(raw);
  };
  const groupInterval = ms('groupInterval', DEFAULT_TIMING.groupIntervalMs);
  const repeat = ms('repeatInterval', DEFAULT_TIMING.repeatIntervalMs);
  if (text(owner.groupInterval) !== undefined && groupInterval === 0) {
    problems.push({ path: `${path}/groupInterval`, message: 'must be longer than 0s' });
  }
  if (text(owner.repeatInterval) !== undefined && repeat === 0) {
    problems.push({ path: `${path}/repeatInterval`, message: 'must be longer than 0s' });
  }
  const own = text(owner.repeatInterval) !== undefined || text(owner.groupInterval) !== undefined;
  if (own && groupInterval !== null && repeat !== null && repeat > 0 && repeat < groupInterval) {
    problems.push({
      path: `${path}/${text(owner.repeatInterval) !== undefined ? 'repeatInterval' : 'groupInterval'}`,
      message: `repeatInterval (${repeat / 1000}s) is shorter than groupInterval (${groupInterval / 1000}s)`,
    });
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
