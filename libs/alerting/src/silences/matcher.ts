// Label matchers with Alertmanager semantics (prometheus/alertmanager pkg/labels/matcher.go): `=`
// and `!=` compare strings, `=~` and `!~` use a regex anchored at both ends ("^(?:re)$"), and a
// label the alert does not carry counts as the empty string, so `team=""` matches alerts without a
// team. JavaScript regexes stand in for RE2: the syntax used in practice (alternation, classes,
// `.*`) is the same; length is capped because user regexes run on every notification pass.
import { MATCHER_TYPES, type MatcherType } from '../model/constants';
import type { AlertLabels } from '../model/alert-signal';

export interface Matcher {
  readonly name: string;
  readonly type: MatcherType;
  readonly value: string;
}

/** Prometheus label-name syntax. */
export const LABEL_NAME_PATTERN = '^[a-zA-Z_][a-zA-Z0-9_]*$';
const LABEL_NAME = new RegExp(LABEL_NAME_PATTERN);

/** Longest regex a matcher may carry. */
export const MAX_MATCHER_REGEX_LENGTH = 1024;

/** The anchored regex of a `=~`/`!~` matcher value. */
export function anchoredRegex(value: string): RegExp {
  return new RegExp(`^(?:${value})$`);
}

/** Whether one matcher accepts the labels (a missing label is the empty string). */
export function matcherMatches(matcher: Matcher, labels: AlertLabels): boolean {
  const actual = labels[matcher.name] ?? '';
  switch (matcher.type) {
    case '=':
      return actual === matcher.value;
    case '!=':
      return actual !== matcher.value;
    case '=~':
      return anchoredRegex(matcher.value).test(actual);
    case '!~':
      return !anchoredRegex(matcher.value).test(actual);
  }
}

/** Whether every matcher accepts the labels (an empty list accepts everything). */
export function allMatch(matchers: readonly Matcher[], labels: AlertLabels): boolean {
  return matchers.every((m) => matcherMatches(m, labels));
}

/** What is wrong with one matcher, if anything (label name, operator, regex syntax and length). */
export function matcherProblem(matcher: Matcher): string | null {
  if (!LABEL_NAME.test(matcher.name)) {
    return `label name "${matcher.name}" is not a valid label name`;
  }
  if (!(MATCHER_TYPES as readonly string[]).includes(matcher.type)) {
    return `operator "${matcher.type}" is not one of ${MATCHER_TYPES.join(' ')}`;
  }
  if (matcher.type === '=~' || matcher.type === '!~') {
    if (matcher.value.length > MAX_MATCHER_REGEX_LENGTH) {
      return `regex is longer than ${MAX_MATCHER_REGEX_LENGTH} characters`;
    }
    try {
      anchoredRegex(matcher.value);
    } catch (error) {
      return `"${matcher.value}" is not a valid regular expression (${(error as Error).message})`;
    }
  }
  return null;
}

/** Whether a positive matcher also matches an absent label; Alertmanager's matchesEmpty (negative ones never count). */
export function matchesEmpty(matcher: Matcher): boolean {
  switch (matcher.type) {
    case '=':
      return matcher.value === '';
    case '=~':
      return anchoredRegex(matcher.value).test('');
    case '!=':
    case '!~':
      return false;
  }
}

/** Alertmanager's text form, e.g. `queue=~"billing|sales"`. */
export function formatMatcher(matcher: Matcher): string {
  return `${matcher.name}${matcher.type}${JSON.stringify(matcher.value)}`;
}
