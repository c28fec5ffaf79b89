import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alerter's state: alert instances and their events, the notification log, silences, the
 * outbox of rendered notifications, and the detectors' state between KPI snapshots.
 */
export class CreateAlerterState1764200000000 implements MigrationInterface {
  name = 'CreateAlerterState1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE alert_instances (
        id                      uuid        NOT NULL,
        tenant_id               text        NOT NULL,
        fingerprint             text        NOT NULL,
        state                   text        NOT NULL,
        severity                text        NOT NULL,
        labels                  jsonb       NOT NULL,
        starts_at               timestamptz NOT NULL,
        last_signal_at          timestamptz NOT NULL,
        updated_at              timestamptz NOT NULL,
        resolved_at             timestamptz,
        acknowledged_by         text,
        acknowledged_at         timestamptz,
        acknowledgement_comment text,
        summary                 text        NOT NULL,
        description             text        NOT NULL,
        value                   jsonb,
        candidates              jsonb       NOT NULL,
        CONSTRAINT alert_instances_pkey PRIMARY KEY (id),
        CONSTRAINT alert_instances_state_check CHECK (state IN ('firing', 'acknowledged', 'resolved'))
      )`);
    // One open instance per fingerprint (detection-and-stack.md §C.4): a redelivered signal finds it
    // instead of opening a second alert; resolved trips stay beside it as history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX alert_instances_open_fingerprint ON alert_instances (fingerprint) WHERE state <> 'resolved'`,
    );
    await queryRunner.query(`CREATE INDEX alert_instances_fingerprint ON alert_instances (fingerprint, last_signal_at)`);
    await queryRunner.query(`CREATE INDEX alert_instances_tenant_state ON alert_instances (tenant_id, state, starts_at)`);

    await queryRunner.query(`
      CREATE TABLE alert_events (
        id          bigserial   NOT NULL,
        instance_id uuid        NOT NULL,
        tenant_id   text        NOT NULL,
        kind        text        NOT NULL,
        at          timestamptz NOT NULL,
        severity    text        NOT NULL,
        detail      jsonb       NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT alert_events_pkey PRIMARY KEY (id)
      )`);
    await queryRunner.query(`CREATE INDEX alert_events_instance ON alert_events (instance_id, id)`);

    await queryRunner.query(`
      CREATE TABLE alert_notification_log (
        tenant_id       text        NOT NULL,
        group_key       text        NOT NULL,
        receiver        text        NOT NULL,
        sequence        integer     NOT NULL,
        sent_at         timestamptz NOT NULL,
        status          text        NOT NULL,
        reason          text        NOT NULL,
        alerts          jsonb       NOT NULL,
        content_hash    text        NOT NULL,
        idempotency_key text        NOT NULL,
        CONSTRAINT alert_notification_log_pkey PRIMARY KEY (tenant_id, group_key, receiver, sequence)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX alert_notification_log_idempotency_key ON alert_notification_log (idempotency_key)`);

    await queryRunner.query(`
      CREATE TABLE alert_silences (
        id         uuid        NOT NULL,
        tenant_id  text        NOT NULL,
        matchers   jsonb       NOT NULL,
        starts_at  timestamptz NOT NULL,
        ends_at    timestamptz NOT NULL,
        created_by text        NOT NULL,
        comment    text        NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT alert_silences_pkey PRIMARY KEY (id)
      )`);
    await queryRunner.query(`CREATE INDEX alert_silences_tenant_ends_at ON alert_silences (tenant_id, ends_at)`);

    await queryRunner.query(`
      CREATE TABLE alert_outbox (
        id              bigserial   NOT NULL,
        idempotency_key text        NOT NULL,
        tenant_id       text        NOT NULL,
        receiver        text        NOT NULL,
        receiver_kind   text        NOT NULL,
        group_key       text        NOT NULL,
        sequence        integer     NOT NULL,
        payload         jsonb       NOT NULL,
        status          text        NOT NULL,
        attempts        integer     NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_until   timestamptz,
        claim_token     uuid,
        last_error      text,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        delivered_at    timestamptz,
        CONSTRAINT alert_outbox_pkey PRIMARY KEY (id),
        CONSTRAINT alert_outbox_status_check CHECK (status IN ('pending', 'delivered', 'failed', 'superseded'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX alert_outbox_idempotency_key ON alert_outbox (idempotency_key)`);
    // Workers look only at pending rows; delivered ones pile up beside them without slowing the claim.
    await queryRunner.query(`CREATE INDEX alert_outbox_due ON alert_outbox (next_attempt_at) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX alert_outbox_stream ON alert_outbox (tenant_id, receiver, group_key, sequence)`);

    await queryRunner.query(`
      CREATE TABLE detector_states (
        tenant_id  text        NOT NULL,
        series_key text        NOT NULL,
        metric     text        NOT NULL,
        state      jsonb       NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT detector_states_pkey PRIMARY KEY (tenant_id, series_key, metric)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'detector_states',
      'alert_outbox',
      'alert_silences',
      'alert_notification_log',
      'alert_events',
      'alert_instances',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
