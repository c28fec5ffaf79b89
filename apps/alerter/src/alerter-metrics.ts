// The alerter's metrics (names follow <ns>_<app>_<noun>_<unit>). Open alerts and the outbox backlog
// are read from PostgreSQL when Prometheus scrapes, so every instance reports the shared truth and a
// restart does not zero them; the counters count what this instance did. Label values are bounded:
// tenants, the three severities and states, and the five receiver kinds as `channel`.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { RECEIVER_KINDS, SEVERITIES } from '@vahti/alerting';
import { DATA_QUALITY_REASONS } from '@vahti/detection';
import type { OpenAlertCount, OutboxBacklog } from '@vahti/persistence';

/** Where the scrape-time gauges read from. */
export interface AlerterStateSource {
  openAlertCounts(): Promise<OpenAlertCount[]>;
  backlog(): Promise<OutboxBacklog[]>;
  /** Tenants to report zeros for (those with routing), so a missing series never hides a healthy tenant. */
  readonly tenants: readonly string[];
  readonly clock: () => number;
}

const OPEN_STATES = ['firing', 'acknowledged'] as const;

/** Counters of this instance and gauges of the shared state. */
export class AlerterMetrics {
  readonly signals: Counter<'outcome'>;
  readonly enqueued: Counter<'channel'>;
  readonly sent: Counter<'channel'>;
  readonly failed: Counter<'channel'>;
  readonly retries: Counter<'channel'>;
  readonly deliveryDuration: Histogram<'channel'>;
  readonly unrouted: Gauge<'tenant'>;
  readonly loopFailures: Counter<'loop'>;
  readonly reviews: Counter;
  readonly brokenData: Counter<'reason'>;
  readonly storeWaits: Counter;
  readonly kpiMessages: Counter<'outcome'>;

  constructor(registry: Registry, source: AlerterStateSource) {
    const registers = [registry];
    this.reviews = new Counter({
      name: 'vahti_alerter_intervals_reviewed_total',
      help: 'Closed tenant intervals reviewed by the detectors (each once).',
      registers,
    });
    this.brokenData = new Counter({
      name: 'vahti_alerter_intervals_broken_data_total',
      help: 'Reviewed tenant intervals whose data the broken-data checks flagged, by reason (their KPIs were not alerted on as performance changes).',
      labelNames: ['reason'],
      registers,
    });
    for (const reason of DATA_QUALITY_REASONS) {
      this.brokenData.inc({ reason }, 0);
    }
    this.storeWaits = new Counter({
      name: 'vahti_alerter_event_store_waits_total',
      help: 'Review attempts put off because the event store had not caught up with the interval (the ingestor behind the evaluator); each wait is retried at the next round.',
      registers,
    });
    this.kpiMessages = new Counter({
      name: 'vahti_alerter_kpi_messages_total',
      help: 'Messages read from the KPI topic, by outcome: read (a KPI snapshot), progress (an evaluator partition report), or invalid (skipped).',
      labelNames: ['outcome'],
      registers,
    });
    this.kpiMessages.inc({ outcome: 'read' }, 0);
    this.kpiMessages.inc({ outcome: 'invalid' }, 0);
    this.signals = new Counter({
      name: 'vahti_alerter_signals_recorded_total',
      help: 'Detector signals recorded, by outcome: changed (an alert opened, changed or resolved), unchanged (a redelivery or stale signal), rejected (invalid).',
      labelNames: ['outcome'],
      registers,
    });
    for (const outcome of ['changed', 'unchanged', 'rejected']) {
      this.signals.inc({ outcome }, 0);
    }
    const perChannel = (name: string, help: string): Counter<'channel'> => {
      const counter = new Counter({ name, help, labelNames: ['channel'], registers });
      for (const channel of RECEIVER_KINDS) {
        counter.inc({ channel }, 0);
      }
      return counter;
    };
    this.enqueued = perChannel(
      'vahti_alerter_notifications_enqueued_total',
      'Notifications planned and written to the outbox, by receiver kind.',
    );
    this.sent = perChannel(
      'vahti_alerter_notifications_sent_total',
      'Notifications a receiver accepted (2xx, SMTP 2yz), by receiver kind.',
    );
    this.failed = perChannel(
      'vahti_alerter_notifications_failed_total',
      'Notifications given up on: a permanent error (e.g. HTTP 4xx, SMTP 5yz), attempts used up, or the receiver removed from the configuration.',
    );
    this.retries = perChannel('vahti_alerter_delivery_retries_total', 'Delivery attempts that failed transiently and were rescheduled.');
    this.deliveryDuration = new Histogram({
      name: 'vahti_alerter_delivery_duration_seconds',
      help: 'Time of one delivery attempt (HTTP request or SMTP session), by receiver kind.',
      labelNames: ['channel'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.unrouted = new Gauge({
      name: 'vahti_alerter_alerts_unrouted',
      help: 'Open alerts that no route of their tenant takes (nobody is notified of them), at the last planning pass.',
      labelNames: ['tenant'],
      registers,
    });
    this.loopFailures = new Counter({
      name: 'vahti_alerter_loop_failures_total',
      help: 'Planning, delivery, review or retention rounds that failed (e.g. PostgreSQL unavailable) and were retried.',
      labelNames: ['loop'],
      registers,
    });
    this.registerStateGauges(registers, source);
  }

  private registerStateGauges(registers: Registry[], source: AlerterStateSource): void {
    const alerts = new Gauge({
      name: 'vahti_alerter_alerts',
      help: 'Open alerts (firing or acknowledged) by tenant, severity and state, from PostgreSQL at scrape time.',
      labelNames: ['tenant', 'severity', 'state'],
      registers,
      collect: async () => {
        const counts = await source.openAlertCounts().catch(() => null);
        if (counts === null) {
          return; // keep the last values while the database is unreachable
        }
        alerts.reset();
        for (const tenant of source.tenants) {
          for (const severity of SEVERITIES) {
            for (const state of OPEN_STATES) {
              alerts.set({ tenant, severity, state }, 0);
            }
          }
        }
        for (const c of counts) {
          alerts.set({ tenant: c.tenantId, severity: c.severity, state: c.state }, c.count);
        }
      },
    });
    let backlog: Promise<OutboxBacklog[] | null> | null = null;
    // Both outbox gauges are collected in one scrape; they share one query.
    const readBacklog = (): Promise<OutboxBacklog[] | null> => {
      backlog ??= source
        .backlog()
        .catch(() => null)
        .finally(() => setTimeout(() => (backlog = null), 500).unref());
      return backlog;
    };
    const depth = new Gauge({
      name: 'vahti_alerter_outbox_pending_notifications',
      help: 'Notifications in the outbox not yet delivered or given up on, by receiver kind.',
      labelNames: ['channel'],
      registers,
      collect: async () => {
        const rows = await readBacklog();
        if (rows !== null) {
          for (const channel of RECEIVER_KINDS) {
            depth.set({ channel }, rows.find((r) => r.receiverKind === channel)?.pending ?? 0);
          }
        }
      },
    });
    const age = new Gauge({
      name: 'vahti_alerter_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest undelivered notification in the outbox, by receiver kind (0 when none).',
      labelNames: ['channel'],
      registers,
      collect: async () => {
        const rows = await readBacklog();
        if (rows !== null) {
          const now = source.clock();
          for (const channel of RECEIVER_KINDS) {
            const oldest = rows.find((r) => r.receiverKind === channel)?.oldestCreatedAt;
            age.set({ channel }, oldest === undefined ? 0 : Math.max(0, (now - oldest) / 1000));
          }
        }
      },
    });
  }
}
