import type { RouteConfig } from '../config/alerting-config-schema';
import { BASE_LABELS } from '../testing/alert-fixtures';
import { matchRoutes, routeMatches } from './match-routes';
import { DEFAULT_TIMING, routeTiming } from './route-timing';

const labels = (overrides: Record<string, string> = {}): Record<string, string> => ({ ...BASE_LABELS, ...overrides });

describe('routeMatches', () => {
  it('allows any severity and area when the lists are absent', () => {
    expect(routeMatches({ receivers: ['x'] }, labels())).toBe(true);
  });

  it('needs severity and area in their lists and every matcher', () => {
    const route: RouteConfig = {
      severity: ['critical'],
      area: ['B', 'C'],
      matchers: [{ name: 'channel', type: '=', value: 'voice' }],
      receivers: ['x'],
    };
    expect(routeMatches(route, labels({ severity: 'critical' }))).toBe(true);
    expect(routeMatches(route, labels({ severity: 'warning' }))).toBe(false);
    expect(routeMatches(route, labels({ severity: 'critical', area: 'E' }))).toBe(false);
    expect(routeMatches(route, labels({ severity: 'critical', channel: 'chat' }))).toBe(false);
  });
});

describe('matchRoutes', () => {
  const routes: RouteConfig[] = [
    { name: 'critical-page', severity: ['critical'], receivers: ['pager'], continue: true },
    { name: 'staffing', area: ['B'], receivers: ['wfm'] },
    { name: 'everything', receivers: ['log'] },
  ];

  it('stops at the first match without continue', () => {
    expect(matchRoutes(routes, labels()).map((r) => r.key)).toEqual(['staffing']);
    expect(matchRoutes(routes, labels({ area: 'E' })).map((r) => r.key)).toEqual(['everything']);
  });

  it('keeps matching after a route with continue', () => {
    expect(matchRoutes(routes, labels({ severity: 'critical' })).map((r) => r.key)).toEqual(['critical-page', 'staffing']);
  });

  it('keys unnamed routes by their position', () => {
    expect(matchRoutes([{ area: ['E'], receivers: ['x'] }, { receivers: ['y'] }], labels()).map((r) => r.key)).toEqual(['#1']);
  });

  it('matches nothing when no route fits', () => {
    expect(matchRoutes([{ severity: ['critical'], receivers: ['x'] }], labels())).toEqual([]);
  });
});

describe('routeTiming', () => {
  it('defaults to §C.4: group by queue and kpi, 30s wait, 5m interval, 4h repeat, resolved sent', () => {
    expect(routeTiming({ receivers: ['x'] }, undefined)).toEqual({
      groupBy: ['queue', 'kpi'],
      groupWaitMs: 30_000,
      groupIntervalMs: 300_000,
      repeatIntervalMs: 14_400_000,
      sendResolved: true,
    });
    expect(DEFAULT_TIMING.repeatIntervalMs).toBe(4 * 3_600_000);
  });

  it('takes the route first, then the tenant defaults', () => {
    const timing = routeTiming(
      { receivers: ['x'], groupWait: '10s', sendResolved: false },
      { groupWait: '1m', repeatInterval: '1h', groupBy: ['queue'] },
    );
    expect(timing).toEqual({
      groupBy: ['queue'],
      groupWaitMs: 10_000,
      groupIntervalMs: 300_000,
      repeatIntervalMs: 3_600_000,
      sendResolved: false,
    });
  });
});
