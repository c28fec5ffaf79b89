// Response shapes for the OpenAPI document, written once as JSON Schema.
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const time: SchemaObject = { type: 'string', format: 'date-time' };
const nullableTime: SchemaObject = { ...time, nullable: true };

const candidate: SchemaObject = {
  type: 'object',
  properties: {
    rank: { type: 'integer', description: '1 = most likely' },
    summary: { type: 'string' },
    contribution: { type: 'number', nullable: true, description: 'Share of the change explained (0–1); null when not quantified' },
    evidence: { type: 'object', additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] } },
  },
};

const alertCore: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  tenantId: { type: 'string' },
  fingerprint: { type: 'string', description: 'Stable over trips and severities (16 hex)' },
  state: { type: 'string', enum: ['firing', 'acknowledged', 'resolved'] },
  severity: { type: 'string', enum: ['info', 'warning', 'critical'] },
  labels: { type: 'object', additionalProperties: { type: 'string' } },
  summary: { type: 'string' },
  startsAt: time,
  lastSignalAt: time,
  updatedAt: time,
  resolvedAt: nullableTime,
  acknowledgement: {
    type: 'object',
    nullable: true,
    properties: { by: { type: 'string' }, at: time, comment: { type: 'string', nullable: true } },
  },
  value: {
    type: 'object',
    nullable: true,
    description: 'Observed value (KPI unit) and the yardstick it was compared with',
    properties: {
      observed: { type: 'number' },
      text: { type: 'string' },
      yardstick: { type: 'object', properties: { name: { type: 'string' }, value: { type: 'number' }, text: { type: 'string' } } },
    },
  },
};

export const ALERT_LIST_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    tenantId: { type: 'string' },
    alerts: { type: 'array', items: { type: 'object', properties: { ...alertCore, candidateCount: { type: 'integer' } } } },
  },
};

export const ALERT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    ...alertCore,
    description: { type: 'string' },
    candidates: { type: 'array', items: candidate },
    silencedBy: { type: 'array', items: { type: 'string', format: 'uuid' }, description: 'Silences muting the alert now' },
    events: {
      type: 'array',
      description: 'Lifecycle events, oldest first',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['fired', 'updated', 'acknowledged', 'resolved'] },
          at: time,
          severity: { type: 'string' },
        },
      },
    },
  },
};

export const SILENCE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    tenantId: { type: 'string' },
    matchers: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, type: { type: 'string', enum: ['=', '!=', '=~', '!~'] }, value: { type: 'string' } },
      },
    },
    startsAt: time,
    endsAt: time,
    createdBy: { type: 'string' },
    comment: { type: 'string' },
    createdAt: time,
    status: { type: 'string', enum: ['pending', 'active', 'expired'] },
  },
};

export const SILENCE_LIST_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { tenantId: { type: 'string' }, silences: { type: 'array', items: SILENCE_SCHEMA } },
};

export const SIGNAL_RESULT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    fingerprint: { type: 'string' },
    changed: { type: 'boolean', description: 'False for a redelivered or stale signal' },
    alert: { ...ALERT_SCHEMA, nullable: true },
    events: { type: 'array', items: { type: 'object' } },
    notificationsEnqueued: { type: 'integer' },
  },
};
