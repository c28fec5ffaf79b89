import { RECEIVER_KINDS } from '../model/constants';
import { SECOND, T0, fired, plannedFor, renderContext, tenantConfig } from '../testing/alert-fixtures';
import { renderNotification } from './render-notification';

describe('renderNotification', () => {
  const now = T0 + 30 * SECOND;
  const receivers = tenantConfig().receivers;

  it('renders every receiver kind, each carrying the notification’s idempotency key', () => {
    const channels = receivers.map((receiver) => {
      const n = plannedFor(receiver.name, [fired()], now);
      const rendered = renderNotification(n, receiver, renderContext(now));
      expect(rendered.idempotencyKey).toBe(n.idempotencyKey);
      if (rendered.channel === 'http') {
        expect(rendered.request.headers['Idempotency-Key']).toBe(n.idempotencyKey);
      } else {
        expect(rendered.message.headers['X-Vahti-Idempotency-Key']).toBe(n.idempotencyKey);
      }
      return [receiver.kind, rendered.channel];
    });
    expect(channels.map(([kind]) => kind)).toEqual([...RECEIVER_KINDS]);
    expect(channels).toEqual([
      ['webhook', 'http'],
      ['slack', 'http'],
      ['teams', 'http'],
      ['email', 'email'],
      ['alertmanager', 'http'],
    ]);
  });

  it('renders a retry of the same notification identically', () => {
    const n = plannedFor('ops-slack', [fired()], now);
    const receiver = receivers[1];
    if (receiver === undefined) {
      throw new Error('fixture has no Slack receiver');
    }
    expect(renderNotification(n, receiver, renderContext(now))).toEqual(renderNotification(n, receiver, renderContext(now)));
  });

  it('refuses to render for a receiver the notification was not planned for', () => {
    const n = plannedFor('ops-hook', [fired()], now);
    const slack = receivers[1];
    if (slack === undefined) {
      throw new Error('fixture has no Slack receiver');
    }
    expect(() => renderNotification(n, slack, renderContext(now))).toThrow(
      'notification for webhook receiver "ops-hook" rendered for slack "ops-slack"',
    );
  });
});
