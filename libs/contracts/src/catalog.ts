// The list of event types. Adding a type = a new file under events/ plus one line here; the
// union types, the validator, the JSON Schema files and docs/events.md all follow from it.
import type { Static, TSchema } from '@sinclair/typebox';
import type { EventDefinition } from './event-definition';
import { agentStateChanged } from './events/agent-state-changed';
import { contactAbandoned } from './events/contact-abandoned';
import { contactAnswered } from './events/contact-answered';
import { contactEnded } from './events/contact-ended';
import { contactOffered } from './events/contact-offered';
import { contactTransferred } from './events/contact-transferred';
import { employeeChanged } from './events/employee-changed';
import { forecastPublished } from './events/forecast-published';
import { qaEvaluated } from './events/qa-evaluated';
import { schedulePublished } from './events/schedule-published';
import { selfserviceCompleted } from './events/selfservice-completed';
import { surveyResponded } from './events/survey-responded';

// Order is the order of docs/events.md: the contact lifecycle first, then feedback, workforce.
const DEFINITIONS = [
  contactOffered,
  contactAnswered,
  contactAbandoned,
  contactTransferred,
  contactEnded,
  surveyResponded,
  qaEvaluated,
  agentStateChanged,
  schedulePublished,
  forecastPublished,
  selfserviceCompleted,
  employeeChanged,
] as const;

type Definition = (typeof DEFINITIONS)[number];

/** Every event type string, e.g. `io.vahti.contact.offered.v1`. */
export type EventType = Definition['type'];

type EventOfDefinition<D> = D extends { eventSchema: infer S extends TSchema } ? Static<S> : never;

/** Any valid Vahti event (envelope + data), discriminated on `type`. */
export type VahtiEvent = EventOfDefinition<Definition>;

/** The event of one type, e.g. `EventOf<'io.vahti.contact.ended.v1'>`. */
export type EventOf<T extends EventType> = Extract<VahtiEvent, { type: T }>;

export interface CatalogEntry<T extends EventType> {
  /** JSON Schema (TypeBox) of `data`. */
  readonly schema: TSchema;
  readonly summary: string;
  /** KPIs computed from this event, as named in the KPI catalog (e.g. `K01 Service level`). */
  readonly usedBy: readonly string[];
  /** A complete, valid example event (envelope + data). */
  readonly example: EventOf<T>;
}

export type EventCatalog = { readonly [T in EventType]: CatalogEntry<T> };

/** All event types, in catalog order. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze(DEFINITIONS.map((d) => d.type));

// The cast is the one place where TS cannot follow: a mapped object built from a tuple.
/** Data schema, summary, KPIs and example of every event type. */
export const EVENT_CATALOG: EventCatalog = Object.freeze(
  Object.fromEntries(
    DEFINITIONS.map((d) => [d.type, Object.freeze({ schema: d.dataSchema, summary: d.summary, usedBy: d.usedBy, example: d.example })]),
  ),
) as unknown as EventCatalog;

const BY_TYPE: ReadonlyMap<string, EventDefinition> = new Map(DEFINITIONS.map((d) => [d.type, d as EventDefinition]));

/** Whether a string is one of the known event types. */
export function isEventType(value: string): value is EventType {
  return BY_TYPE.has(value);
}

/** The full definition of a type (for the generators and the validator inside this lib). */
export function definitionOf(type: EventType): EventDefinition {
  const definition = BY_TYPE.get(type);
  if (definition === undefined) {
    throw new Error(`Unknown event type ${type}`);
  }
  return definition;
}

/** All definitions in catalog order (for the generators inside this lib). */
export function allDefinitions(): readonly EventDefinition[] {
  return EVENT_TYPES.map(definitionOf);
}
