// Response shapes for the OpenAPI document, written once as JSON Schema.
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const rating: SchemaObject = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['rated', 'insufficient_data', 'no_yardstick', 'no_data', 'not_measured'] },
    level: {
      type: 'integer',
      minimum: 1,
      maximum: 5,
      description: '1 critical, 2 below typical, 3 typical, 4 top quartile or at target, 5 world-class',
    },
  },
};

const interval: SchemaObject = {
  type: 'array',
  items: { type: 'number' },
  minItems: 2,
  maxItems: 2,
  nullable: true,
  description: '95 % confidence interval',
};

export const KPI_RESULT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    kpi: { type: 'string', example: 'service_level' },
    name: { type: 'string' },
    unit: { type: 'string', enum: ['ratio', 'seconds', 'points', 'contacts'] },
    better: { type: 'string', enum: ['higher', 'lower', 'band'] },
    value: { type: 'number', nullable: true },
    ci: interval,
    sample: { type: 'number' },
    sampleNoun: { type: 'string' },
    previous: { type: 'number', nullable: true, description: 'Value in the window before' },
    rating,
    yardstick: {
      type: 'object',
      description:
        'Reference lines: benchmark pack (median, topQuartile, worldClass, critical, band, benchmark source) and tenant target/floor',
    },
    sentence: { type: 'string' },
  },
};

export const KPI_LIST_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    tenantId: { type: 'string' },
    window: { type: 'string' },
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    kpis: { type: 'array', items: KPI_RESULT_SCHEMA },
  },
};

export const SERIES_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    tenantId: { type: 'string' },
    kpi: { type: 'string' },
    granularity: { type: 'string', enum: ['interval', 'day'] },
    points: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          periodStart: { type: 'string', format: 'date-time' },
          value: { type: 'number', nullable: true },
          ci: interval,
          sample: { type: 'number' },
          rating,
        },
      },
    },
  },
};

const rollUp = { rating, decidedBy: { type: 'string' }, capped: { type: 'boolean' }, sentence: { type: 'string' } };

export const SCORECARD_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    tenantId: { type: 'string' },
    window: { type: 'string' },
    areas: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', example: 'B' },
          name: { type: 'string' },
          ...rollUp,
          processes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string', example: 'B1' },
                name: { type: 'string' },
                channels: { type: 'array', items: { type: 'string' }, nullable: true },
                needs: { type: 'string', nullable: true },
                ...rollUp,
                kpis: { type: 'array', items: KPI_RESULT_SCHEMA },
              },
            },
          },
        },
      },
    },
  },
};
