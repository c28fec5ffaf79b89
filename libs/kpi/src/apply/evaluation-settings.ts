// Thresholds that change how an event is counted. Tenants override them per queue and channel;
// a change applies to events evaluated from then on (as in an ACD's interval reports).
import type { Channel } from '@vahti/contracts';

export interface QueueSettings {
  /** T of "X % answered within T seconds". */
  readonly serviceLevelSeconds: number;
  /** Abandons within S seconds are not counted against the queue (S <= T). */
  readonly shortAbandonSeconds: number;
  /** Service-level target (0–1) used to count intervals meeting the service level. */
  readonly serviceLevelTarget: number;
}

export interface EvaluationSettings {
  /** Window W (hours) in which a second contact of the same customer counts as a repeat. */
  readonly repeatWindowHours: (tenantId: string) => number;
  readonly queue: (tenantId: string, queueId: string, channel: string) => QueueSettings;
}

// Channel defaults. Voice: the 80/20 convention (rule of thumb; origin unclear, Fonolo 2014,
// kpi-catalog K01). Chat: 60 s, well under the ~3 min wait where chat CSAT drops (Comm100 2016
// live chat benchmark, kpi-catalog K05). E-mail/messaging: the customer expectation of ~1 h
// (Toister 2015 via Astute, kpi-catalog K06, rule of thumb). Short abandon 5 s (kpi-catalog K01/K03).
export const DEFAULT_QUEUE_SETTINGS: Readonly<Record<Channel, QueueSettings>> = {
  voice: { serviceLevelSeconds: 20, shortAbandonSeconds: 5, serviceLevelTarget: 0.8 },
  callback: { serviceLevelSeconds: 20, shortAbandonSeconds: 5, serviceLevelTarget: 0.8 },
  chat: { serviceLevelSeconds: 60, shortAbandonSeconds: 5, serviceLevelTarget: 0.8 },
  messaging: { serviceLevelSeconds: 3600, shortAbandonSeconds: 0, serviceLevelTarget: 0.8 },
  email: { serviceLevelSeconds: 3600, shortAbandonSeconds: 0, serviceLevelTarget: 0.8 },
};

/** Repeat-contact window: 7 days is the common default (kpi-catalog K11). */
export const DEFAULT_REPEAT_WINDOW_HOURS = 168;

/** Settings with the channel defaults and no tenant overrides. */
export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = {
  repeatWindowHours: () => DEFAULT_REPEAT_WINDOW_HOURS,
  queue: (_tenant, _queue, channel) => DEFAULT_QUEUE_SETTINGS[channel as Channel] ?? DEFAULT_QUEUE_SETTINGS.voice,
};
