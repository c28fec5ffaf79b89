import { MINUTE, SECOND, T0, applied, fired, plannedFor, renderContext } from '../testing/alert-fixtures';
import { teamsMessage } from './teams-message';

describe('Teams message', () => {
  const now = T0 + 30 * SECOND;

  it('is a message with one Adaptive Card attachment (reviewed in full)', () => {
    const a = fired({ labels: { severity: 'critical' } });
    const n = plannedFor('ops-teams', [a], now);
    expect(teamsMessage(n, renderContext(now))).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.2',
            msteams: { width: 'Full' },
            body: [
              {
                type: 'TextBlock',
                text: '[FIRING] critical: Voice service level in Billing 62 % (target ≥ 80 %)',
                wrap: true,
                weight: 'Bolder',
                size: 'Medium',
                color: 'Attention',
              },
              {
                type: 'TextBlock',
                text: 'CRITICAL · Voice service level in Billing 62 % (target ≥ 80 %)',
                wrap: true,
                weight: 'Bolder',
                separator: true,
              },
              { type: 'TextBlock', text: 'Firing since 2025-03-03 09:15 UTC (30 s).', wrap: true },
              { type: 'TextBlock', text: 'The value is 62 % against the target ≥ 80 %.', wrap: true },
              { type: 'TextBlock', text: 'Likely causes', wrap: true, weight: 'Bolder' },
              {
                type: 'TextBlock',
                text: '1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)',
                wrap: true,
              },
              {
                type: 'TextBlock',
                text: '2. Handle time above baseline: explains 30 % of the change (aht_s 412, baseline_s 360)',
                wrap: true,
              },
              {
                type: 'FactSet',
                facts: [
                  { title: 'kpi', value: 'service_level' },
                  { title: 'queue', value: 'billing' },
                  { title: 'channel', value: 'voice' },
                  { title: 'process', value: 'B2' },
                  { title: 'area', value: 'B' },
                  { title: 'detector', value: 'target_breach' },
                  { title: 'severity', value: 'critical' },
                ],
              },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open in Vahti', url: `https://vahti.example.com/alerts/${a.id}` }],
          },
        },
      ],
    });
  });

  it('colours a resolved notification Good and a warning Warning', () => {
    const open = fired();
    const first = plannedFor('ops-teams', [open], now);
    expect(teamsMessage(first, renderContext(now)).attachments[0].content.body[0]).toMatchObject({ color: 'Warning' });
    const resolved = applied(open, { status: 'resolved', at: T0 + MINUTE });
    const last = plannedFor('ops-teams', [resolved], T0 + 10 * MINUTE, [first.logEntry]);
    expect(last.status).toBe('resolved');
    expect(teamsMessage(last, renderContext(T0 + 10 * MINUTE)).attachments[0].content.body[0]).toMatchObject({
      color: 'Good',
      text: expect.stringMatching(/^\[RESOLVED\]/) as string,
    });
  });
});
