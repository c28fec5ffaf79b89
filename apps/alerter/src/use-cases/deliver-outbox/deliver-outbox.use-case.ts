// Outbox worker round (libs/alerting/README.md, step 4): claim due rows, make one attempt each,
// record the result. Webhooks are re-signed at every attempt so a retry's timestamp is fresh; every
// attempt of a row carries its idempotency key (in the rendered request or e-mail). A transient
// failure is retried on the lib's back-off (nextAttemptAt, jitter from the key); a permanent one, or
// the last allowed attempt, fails the notification. A receiver removed from the configuration since
// the notification was planned fails it too: there is nowhere to send it, and no secret to sign with.
import {
  classifyAttempt,
  nextAttemptAt,
  retryPolicyFor,
  signWebhookRequest,
  type AlertingConfig,
  type AttemptResult,
  type RetryPolicy,
} from '@vahti/alerting';
import type { AttemptRecord, ClaimedNotification, OutboxRepository } from '@vahti/persistence';
import type { AlerterMetrics } from '../../alerter-metrics';
import type { NotificationSenders } from '../../delivery/notification-senders';

export interface DeliverySettings {
  /** Rows claimed (and attempted in parallel) per round. */
  readonly concurrency: number;
  /** How long a claim holds a row; past it, the row is claimed again (a crashed worker). */
  readonly leaseMs: number;
  /** Overrides the first retry delay of every policy. */
  readonly retryInitialDelayMs?: number;
}

export interface DeliveryRound {
  readonly claimed: number;
  readonly delivered: number;
  readonly retried: number;
  readonly failed: number;
  /** Results not recorded because the claim's lease ran out and another claim took the row. */
  readonly lost: number;
}

type OutboxPort = Pick<OutboxRepository, 'claim' | 'complete'>;

/** Delivers one round of due outbox rows. */
export class DeliverOutboxUseCase {
  constructor(
    private readonly outbox: OutboxPort,
    private readonly senders: NotificationSenders,
    private readonly routing: AlertingConfig,
    private readonly metrics: AlerterMetrics,
    private readonly settings: DeliverySettings,
    private readonly clock: () => number,
  ) {}

  async execute(): Promise<DeliveryRound> {
    const rows = await this.outbox.claim(this.clock(), this.settings.concurrency, this.settings.leaseMs);
    const results = await Promise.all(rows.map((row) => this.deliver(row)));
    const count = (status: AttemptRecord['status']): number => results.filter((r) => r.record.status === status).length;
    return {
      claimed: rows.length,
      delivered: count('delivered'),
      retried: count('retry'),
      failed: count('failed'),
      lost: results.filter((r) => !r.kept).length,
    };
  }

  private async deliver(row: ClaimedNotification): Promise<{ record: AttemptRecord; kept: boolean }> {
    const channel = row.receiverKind;
    const record = await this.attempt(row);
    const now = this.clock();
    const kept = await this.outbox.complete(row, record, now);
    if (kept) {
      if (record.status === 'delivered') {
        this.metrics.sent.inc({ channel });
      } else if (record.status === 'failed') {
        this.metrics.failed.inc({ channel });
      } else {
        this.metrics.retries.inc({ channel });
      }
    }
    return { record, kept };
  }

  private async attempt(row: ClaimedNotification): Promise<AttemptRecord> {
    const receiver = this.routing.tenants[row.tenantId]?.receivers.find((r) => r.name === row.receiver);
    if (receiver === undefined || receiver.kind !== row.receiverKind) {
      return {
        status: 'failed',
        error: `receiver "${row.receiver}" (${row.receiverKind}) is no longer configured for tenant ${row.tenantId}`,
      };
    }
    const started = this.clock();
    const endTimer = this.metrics.deliveryDuration.startTimer({ channel: row.receiverKind });
    let result: AttemptResult;
    const payload = row.payload;
    if (payload.channel === 'http') {
      const request = receiver.kind === 'webhook' ? signWebhookRequest(payload.request, receiver.secret, started) : payload.request;
      result = await this.senders.http(request);
    } else {
      result = await this.senders.email(payload.message);
    }
    endTimer();
    const now = this.clock();
    const outcome = classifyAttempt(result, now);
    switch (outcome.outcome) {
      case 'delivered':
        return { status: 'delivered' };
      case 'permanent':
        return { status: 'failed', error: outcome.reason };
      case 'retry': {
        const next = nextAttemptAt(row.attempts, now, this.policyFor(row), row.idempotencyKey, outcome.retryAfterMs);
        return next === null
          ? { status: 'failed', error: `gave up after ${row.attempts} attempts: ${outcome.reason}` }
          : { status: 'retry', nextAttemptAt: next, error: outcome.reason };
      }
    }
  }

  private policyFor(row: ClaimedNotification): RetryPolicy {
    const policy = retryPolicyFor(row.receiverKind);
    const initial = this.settings.retryInitialDelayMs;
    return initial === undefined ? policy : { ...policy, initialDelayMs: initial };
  }
}
