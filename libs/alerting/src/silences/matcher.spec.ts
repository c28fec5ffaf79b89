import { allMatch, formatMatcher, matcherMatches, matcherProblem, matchesEmpty, type Matcher } from './matcher';

const labels = { queue: 'billing', channel: 'voice', kpi: 'service_level' };
const m = (name: string, type: Matcher['type'], value: string): Matcher => ({ name, type, value });

describe('matcherMatches', () => {
  it.each([
    [m('queue', '=', 'billing'), true],
    [m('queue', '=', 'bill'), false],
    [m('queue', '!=', 'sales'), true],
    [m('queue', '!=', 'billing'), false],
    // Anchored at both ends: "bill" alone does not match "billing", "bill.*" does.
    [m('queue', '=~', 'bill'), false],
    [m('queue', '=~', 'bill.*'), true],
    [m('queue', '=~', 'sales|billing'), true],
    [m('queue', '!~', 'sales|support'), true],
    [m('queue', '!~', 'b.*'), false],
    // A missing label is the empty string.
    [m('team', '=', ''), true],
    [m('team', '!=', ''), false],
    [m('team', '=~', '.*'), true],
    [m('team', '!~', '.+'), true],
  ])('%j on %j → %s', (matcher, expected) => {
    expect(matcherMatches(matcher, labels)).toBe(expected);
  });

  it('needs every matcher of a list (and an empty list matches)', () => {
    expect(allMatch([m('queue', '=', 'billing'), m('channel', '=', 'voice')], labels)).toBe(true);
    expect(allMatch([m('queue', '=', 'billing'), m('channel', '=', 'chat')], labels)).toBe(false);
    expect(allMatch([], labels)).toBe(true);
  });
});

describe('matcherProblem / matchesEmpty / formatMatcher', () => {
  it('reports bad label names and bad regexes', () => {
    expect(matcherProblem(m('queue', '=~', 'sales|billing'))).toBeNull();
    expect(matcherProblem(m('9queue', '=', 'x'))).toBe('label name "9queue" is not a valid label name');
    expect(matcherProblem(m('queue', '=~', '('))).toMatch(/^"\(" is not a valid regular expression/);
    expect(matcherProblem(m('queue', '!~', 'a'.repeat(1025)))).toBe('regex is longer than 1024 characters');
  });

  it('counts only positive matchers that accept "" as matching empty (Alertmanager matchesEmpty)', () => {
    expect(matchesEmpty(m('team', '=', ''))).toBe(true);
    expect(matchesEmpty(m('team', '=~', 'x*'))).toBe(true);
    expect(matchesEmpty(m('team', '=~', 'x+'))).toBe(false);
    expect(matchesEmpty(m('team', '!=', 'x'))).toBe(false);
    expect(matchesEmpty(m('team', '!~', 'x'))).toBe(false);
  });

  it('writes matchers as Alertmanager does', () => {
    expect(formatMatcher(m('queue', '=~', 'sales|billing'))).toBe('queue=~"sales|billing"');
  });
});
