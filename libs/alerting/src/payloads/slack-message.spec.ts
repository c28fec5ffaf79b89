import type { SlackReceiver } from '../config/alerting-config-schema';
import { SECOND, T0, fired, plannedFor, renderContext, tenantConfig } from '../testing/alert-fixtures';
import { renderSlack, slackMessage } from './slack-message';

describe('Slack message', () => {
  const now = T0 + 30 * SECOND;
  const a = fired();

  it('has a fallback text and blocks with state, value, causes, scope and link (reviewed in full)', () => {
    const n = plannedFor('ops-slack', [a], now);
    expect(slackMessage(n, renderContext(now))).toEqual({
      text: '[FIRING] warning: Voice service level in Billing 62 % (target ≥ 80 %) — The value is 62 % against the target ≥ 80 %.',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: '[FIRING] warning: Voice service level in Billing 62 % (target ≥ 80 %)' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: [
              '*WARNING · Voice service level in Billing 62 % (target ≥ 80 %)*',
              'Firing since 2025-03-03 09:15 UTC (30 s).',
              'The value is 62 % against the target ≥ 80 %.',
              '*Likely causes*',
              '1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)',
              '2. Handle time above baseline: explains 30 % of the change (aht_s 412, baseline_s 360)',
            ].join('\n'),
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: `KPI service_level · queue billing · channel voice · process B2 · area B · detector target_breach · <https://vahti.example.com/alerts/${a.id}|Open in Vahti>`,
            },
          ],
        },
      ],
    });
  });

  it('escapes Slack control characters in user text, so no mention or link can be injected', () => {
    const evil = fired({ summary: '<!channel> & <https://evil.example|click>' });
    const message = slackMessage(plannedFor('ops-slack', [evil], now), renderContext(now));
    const section = message.blocks[1];
    expect(section?.type === 'section' ? section.text.text : '').toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(JSON.stringify(message)).not.toContain('<!channel>');
  });

  it('shows at most 10 alerts and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => fired({ labels: { channel: `c${i}` } }));
    const message = slackMessage(plannedFor('ops-slack', many, now), renderContext(now));
    expect(message.blocks.filter((b) => b.type === 'section')).toHaveLength(10);
    expect(message.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…and 2 more alerts in this group.' }] });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('posts to the webhook URL with the idempotency key', () => {
    const n = plannedFor('ops-slack', [a], now);
    const rendered = renderSlack(n, tenantConfig().receivers[1] as SlackReceiver, renderContext(now));
    expect(rendered).toMatchObject({
      channel: 'http',
      idempotencyKey: n.idempotencyKey,
      request: { url: 'https://hooks.slack.com/services/T0/B0/XXXX', headers: { 'Idempotency-Key': n.idempotencyKey } },
    });
  });
});
