// The planning step against a fake transaction: what it reads (open alerts, resolved ones still owed
// a resolution, latest log entries, silences) and that each due notification is written as a log
// entry plus its rendered outbox row in one call, Alertmanager pushes superseding older ones.
import { applySignal, type AlertInstance, type AlertSignal, type AlertingConfig, type NotificationLogEntry } from '@vahti/alerting';
import type { AlerterStateTransaction, OutboxEntry } from '@vahti/persistence';
import { enqueueDueNotifications } from './enqueue-due-notifications';

const T0 = 1_741_000_000_000;

const routing: AlertingConfig = {
  format: 'vahti.alerting/v1',
  tenants: {
    acme: {
      defaults: { groupWait: '30s' },
      receivers: [
        { name: 'hook', kind: 'webhook', url: 'http://h.example/x', secret: 'sixteen-chars-secret' },
        { name: 'am', kind: 'alertmanager', url: 'http://am.example' },
      ],
      routes: [{ receivers: ['hook', 'am'] }],
    },
  },
};

const signal = (queue: string, status: 'firing' | 'resolved', at: number): AlertSignal => ({
  tenantId: 'acme',
  labels: { alertname: 'A', kpi: 'service_level', area: 'B', process: 'B1', queue, channel: 'voice', detector: 'd', severity: 'warning' },
  status,
  at,
  summary: 's',
  description: 'd',
  candidates: [],
});

function fakeTx(state: { open: AlertInstance[]; resolved: AlertInstance[]; log: NotificationLogEntry[] }) {
  const writes: Array<{ entry: NotificationLogEntry; outbox: OutboxEntry; supersede: boolean }> = [];
  const askedResolved: string[][] = [];
  const tx = {
    latestLogEntries: () => Promise.resolve(state.log),
    openInstances: () => Promise.resolve(state.open),
    resolvedInstances: (_tenant: string, ids: readonly string[]) => {
      askedResolved.push([...ids]);
      return Promise.resolve(state.resolved.filter((i) => ids.includes(i.id)));
    },
    currentSilences: () => Promise.resolve([]),
    enqueueNotification: (entry: NotificationLogEntry, outbox: OutboxEntry, options: { supersede: boolean }) => {
      writes.push({ entry, outbox, supersede: options.supersede });
      return Promise.resolve();
    },
  } as unknown as AlerterStateTransaction;
  return { tx, writes, askedResolved };
}

describe('enqueueDueNotifications', () => {
  const firing = applySignal(undefined, signal('billing', 'firing', T0), T0).instance!;

  it('pushes to the Alertmanager at once and waits group_wait for people', async () => {
    const { tx, writes } = fakeTx({ open: [firing], resolved: [], log: [] });
    const result = await enqueueDueNotifications(tx, 'acme', routing, T0);
    // Alertmanager receivers have no group_wait (receiver-timing.ts); the webhook waits 30 s.
    expect(writes.map((w) => [w.outbox.receiver, w.supersede])).toEqual([['am', true]]);
    expect(result.nextCheckAt).toBe(T0 + 30_000);
    const write = writes[0]!;
    expect(write.outbox).toMatchObject({
      idempotencyKey: write.entry.idempotencyKey,
      receiverKind: 'alertmanager',
      sequence: 1,
      nextAttemptAt: T0,
    });
    expect(write.outbox.payload).toMatchObject({ channel: 'http', request: { url: 'http://am.example/api/v2/alerts' } });

    const later = await enqueueDueNotifications(
      fakeTx({ open: [firing], resolved: [], log: writes.map((w) => w.entry) }).tx,
      'acme',
      routing,
      T0 + 30_000,
    );
    expect(later.enqueued.map((n) => [n.receiver.name, n.reason])).toEqual([['hook', 'first']]);
  });

  it('asks for the resolved alerts the latest entries still list as firing, and tells their resolution', async () => {
    const first = fakeTx({ open: [firing], resolved: [], log: [] });
    await enqueueDueNotifications(first.tx, 'acme', routing, T0 + 30_000);
    const log = first.writes.map((w) => w.entry);
    const resolved = applySignal(firing, signal('billing', 'resolved', T0 + 60_000), T0 + 60_000).instance!;
    const second = fakeTx({ open: [], resolved: [resolved], log });
    const result = await enqueueDueNotifications(second.tx, 'acme', routing, T0 + 10 * 60_000);
    expect(second.askedResolved).toEqual([[firing.id]]);
    expect(result.enqueued.map((n) => [n.receiver.name, n.status, n.reason]).sort()).toEqual([
      ['am', 'resolved', 'resolved'],
      ['hook', 'resolved', 'resolved'],
    ]);
  });

  it('reads and writes nothing for a tenant without routing', async () => {
    const { tx, writes } = fakeTx({ open: [firing], resolved: [], log: [] });
    expect(await enqueueDueNotifications(tx, 'globex', routing, T0)).toEqual({
      tenantId: 'globex',
      enqueued: [],
      nextCheckAt: null,
      unrouted: 0,
    });
    expect(writes).toEqual([]);
  });
});
