// The outbox's delivery side. Workers claim due rows with FOR UPDATE SKIP LOCKED, so instances never
// claim the same row, and take a lease (claimed_until) instead of holding a transaction open during
// the HTTP or SMTP call: a worker that dies mid-delivery simply lets its lease run out and another
// (or the restarted one) delivers again, with the same idempotency key. A row is not claimed while
// an earlier notification of the same group to the same receiver is pending or in flight, so a
// receiver gets a group's notifications in sequence order.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ReceiverKind, RenderedNotification } from '@vahti/alerting';
import { poolQuery } from './run-query';
import type { AttemptRecord, ClaimedNotification, OutboxBacklog } from './outbox-record';

interface OutboxRow {
  id: string;
  idempotency_key: string;
  tenant_id: string;
  receiver: string;
  receiver_kind: string;
  group_key: string;
  sequence: number;
  payload: RenderedNotification;
  attempts: number;
  next_attempt_at: Date;
  claim_token: string;
  created_at: Date;
}

/** Claims and completes outbox rows. */
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims up to `limit` due rows for `leaseMs`; each claim counts as an attempt. */
  async claim(now: number, limit: number, leaseMs: number): Promise<ClaimedNotification[]> {
    const rows = await poolQuery<OutboxRow>(
      this.dataSource,
      `WITH due AS (
         SELECT o.id FROM alert_outbox o
         WHERE o.status = 'pending' AND o.next_attempt_at <= $1 AND (o.claimed_until IS NULL OR o.claimed_until <= $1)
           AND NOT EXISTS (
             SELECT 1 FROM alert_outbox p
             WHERE p.tenant_id = o.tenant_id AND p.receiver = o.receiver AND p.group_key = o.group_key AND p.sequence < o.sequence
               AND (p.status = 'pending' OR p.claimed_until > $1))
         ORDER BY o.next_attempt_at, o.id
         LIMIT $2
         FOR UPDATE OF o SKIP LOCKED),
       claimed AS (
         UPDATE alert_outbox t SET claimed_until = $3, claim_token = $4, attempts = t.attempts + 1, updated_at = $1
         FROM due WHERE t.id = due.id
         RETURNING t.id, t.idempotency_key, t.tenant_id, t.receiver, t.receiver_kind, t.group_key, t.sequence, t.payload, t.attempts,
                   t.next_attempt_at, t.claim_token, t.created_at)
       SELECT * FROM claimed`,
      [new Date(now), limit, new Date(now + leaseMs), randomUUID()],
    );
    return rows
      .map((r) => ({
        id: String(r.id),
        idempotencyKey: r.idempotency_key,
        tenantId: r.tenant_id,
        receiver: r.receiver,
        receiverKind: r.receiver_kind as ReceiverKind,
        groupKey: r.group_key,
        sequence: r.sequence,
        payload: r.payload,
        nextAttemptAt: r.next_attempt_at.getTime(),
        attempts: r.attempts,
        claimToken: r.claim_token,
        createdAt: r.created_at.getTime(),
      }))
      .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || Number(a.id) - Number(b.id));
  }

  /**
   * Records an attempt's result and releases the claim. Returns false when the claim was lost (its
   * lease ran out and another worker claimed the row): that worker's result counts. A row that was
   * superseded meanwhile keeps that status.
   */
  async complete(claim: Pick<ClaimedNotification, 'id' | 'claimToken'>, result: AttemptRecord, now: number): Promise<boolean> {
    const status = result.status === 'retry' ? 'pending' : result.status;
    const rows = await poolQuery<{ id: string }>(
      this.dataSource,
      `WITH done AS (
         UPDATE alert_outbox
         SET status = CASE WHEN status = 'pending' THEN $3 ELSE status END,
             next_attempt_at = COALESCE($4, next_attempt_at),
             last_error = $5,
             delivered_at = CASE WHEN $3 = 'delivered' THEN $6 ELSE delivered_at END,
             claimed_until = NULL, claim_token = NULL, updated_at = $6
         WHERE id = $1 AND claim_token = $2
         RETURNING id)
       SELECT id FROM done`,
      [
        claim.id,
        claim.claimToken,
        status,
        result.status === 'retry' ? new Date(result.nextAttemptAt) : null,
        result.status === 'delivered' ? null : result.error.slice(0, 2000),
        new Date(now),
      ],
    );
    return rows.length > 0;
  }

  /**
   * Epoch ms at which a row can next be claimed (its next attempt, or the end of its lease), or null
   * when nothing is pending. Rows waiting behind an earlier notification of their stream do not
   * count: they become claimable only when that one is done, which wakes the worker anyway.
   */
  async nextDueAt(now: number): Promise<number | null> {
    const rows = await poolQuery<{ t: Date | null }>(
      this.dataSource,
      `SELECT min(GREATEST(o.next_attempt_at, COALESCE(o.claimed_until, o.next_attempt_at))) AS t FROM alert_outbox o
       WHERE o.status = 'pending'
         AND NOT EXISTS (
           SELECT 1 FROM alert_outbox p
           WHERE p.tenant_id = o.tenant_id AND p.receiver = o.receiver AND p.group_key = o.group_key AND p.sequence < o.sequence
             AND (p.status = 'pending' OR p.claimed_until > $1))`,
      [new Date(now)],
    );
    return rows[0]?.t?.getTime() ?? null;
  }

  /** Pending rows per receiver kind and the enqueue time of the oldest, for the gauges. */
  async backlog(): Promise<OutboxBacklog[]> {
    const rows = await poolQuery<{ receiver_kind: string; n: number; oldest: Date }>(
      this.dataSource,
      `SELECT receiver_kind, count(*)::int AS n, min(created_at) AS oldest FROM alert_outbox WHERE status = 'pending' GROUP BY 1`,
      [],
    );
    return rows.map((r) => ({ receiverKind: r.receiver_kind, pending: r.n, oldestCreatedAt: r.oldest.getTime() }));
  }
}
