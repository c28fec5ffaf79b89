import { acknowledge } from '../lifecycle/acknowledge';
import { HOUR, MINUTE, SECOND, T0, applied, fired, only, plannedFor, renderContext } from '../testing/alert-fixtures';
import {
  candidateLines,
  describeAlert,
  formatElapsed,
  formatNumber,
  formatTime,
  notificationTitle,
  stateSentence,
  valueSentence,
} from './plain-language';

describe('plain language', () => {
  const ctx = renderContext(T0 + 45 * MINUTE);

  it('formats times in the tenant zone and elapsed times in words', () => {
    expect(formatTime(T0, 'UTC')).toBe('2025-03-03 09:15 UTC');
    // Helsinki is UTC+2 in March (no summer time before the last Sunday).
    expect(formatTime(T0, 'Europe/Helsinki')).toBe('2025-03-03 11:15 Europe/Helsinki');
    expect([40 * SECOND, 45 * MINUTE, 65 * MINUTE, 2 * HOUR, 51 * HOUR, 48 * HOUR].map(formatElapsed)).toEqual([
      '40 s',
      '45 min',
      '1 h 5 min',
      '2 h',
      '2 d 3 h',
      '2 d',
    ]);
    expect([42, 0.1 + 0.2, 412.345].map(formatNumber)).toEqual(['42', '0.3', '412.3']);
  });

  it('states firing, acknowledged and resolved with since-when', () => {
    const open = fired();
    expect(stateSentence({ instance: open, status: 'firing', previousSeverity: null }, ctx)).toBe(
      'Firing since 2025-03-03 09:15 UTC (45 min).',
    );
    const acked = acknowledge(open, 'anna', T0 + 20 * MINUTE, 'two agents called in').instance;
    expect(stateSentence({ instance: acked, status: 'acknowledged', previousSeverity: null }, ctx)).toBe(
      'Firing since 2025-03-03 09:15 UTC (45 min). Acknowledged by anna at 2025-03-03 09:35 UTC: "two agents called in".',
    );
    const resolved = applied(open, { status: 'resolved', at: T0 + 75 * MINUTE });
    expect(stateSentence({ instance: resolved, status: 'resolved', previousSeverity: null }, ctx)).toBe(
      'Resolved at 2025-03-03 10:30 UTC after 1 h 15 min (firing since 2025-03-03 09:15 UTC).',
    );
    const critical = applied(open, { at: T0 + 30 * MINUTE, labels: { severity: 'critical' } });
    expect(stateSentence({ instance: critical, status: 'firing', previousSeverity: 'warning' }, ctx)).toBe(
      'Firing since 2025-03-03 09:15 UTC (45 min). Severity changed from warning to critical.',
    );
  });

  it('states the value against its yardstick', () => {
    expect(valueSentence({ observed: 0.62, text: '62 %', yardstick: { name: 'target', value: 0.8, text: '≥ 80 %' } })).toBe(
      'The value is 62 % against the target ≥ 80 %.',
    );
    expect(valueSentence({ observed: 412.345, yardstick: { name: 'baseline for Monday 09:00', value: 360 } })).toBe(
      'The value is 412.3 against the baseline for Monday 09:00 360.',
    );
    expect(valueSentence({ observed: 7 })).toBe('The value is 7 (no yardstick given).');
    expect(valueSentence(null)).toBe('No value was reported.');
  });

  it('lists the candidates by rank with their numbers', () => {
    expect(
      candidateLines([
        { rank: 2, summary: 'Mix shift to billing contacts', contribution: null, evidence: { share_before: 0.31, share_now: 0.44 } },
        { rank: 1, summary: 'Staffed agents below schedule', contribution: 0.55, evidence: { scheduled: 42, staffed: 31 } },
      ]),
    ).toEqual([
      '1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)',
      '2. Mix shift to billing contacts: share not quantified (share_before 0.31, share_now 0.44)',
    ]);
    expect(candidateLines([])).toEqual(['No root-cause candidates were found.']);
  });

  it('describes an alert and titles a notification', () => {
    const n = plannedFor('ops-hook', [fired(), fired({ labels: { channel: 'chat' } })], T0 + 30 * SECOND);
    expect(notificationTitle(n)).toBe('[FIRING:2] 2 alerts: kpi=service_level, queue=billing');
    const one = plannedFor('ops-hook', [fired()], T0 + 30 * SECOND);
    expect(notificationTitle(one)).toBe('[FIRING] warning: Voice service level in Billing 62 % (target ≥ 80 %)');
    const words = describeAlert(only(one.alerts), ctx);
    expect(words.heading).toBe('WARNING · Voice service level in Billing 62 % (target ≥ 80 %)');
    expect(words.scope).toBe('KPI service_level · queue billing · channel voice · process B2 · area B · detector target_breach');
    expect(words.link).toBe(`https://vahti.example.com/alerts/${one.alerts[0]?.instance.id ?? ''}`);
  });
});
