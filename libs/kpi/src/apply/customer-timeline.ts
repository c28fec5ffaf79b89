// Repeat contacts, order-independent: a contact is a repeat when the same customer had another
// contact within the window W before it, W being the window of the contact judged (its queue and
// channel). Keeping each customer's recent contacts sorted lets a late contact both be classified
// and turn the next one into a repeat, so the result is the same whatever order the events arrive in.
import { insertionIndex } from './insertion-index';
import type { Scope } from './scope';

export interface CustomerContact {
  readonly at: number;
  readonly contactId: string;
  readonly scope: Scope;
}

export interface CustomerTimeline {
  /** Sorted by (at, contactId). */
  readonly contacts: readonly CustomerContact[];
  /** Contacts before this moment were pruned: later arrivals before it cannot be classified. */
  readonly horizonStart: number;
}

/** Contacts kept per customer; heavier callers lose their oldest entries, not correctness within W. */
export const MAX_CONTACTS_PER_CUSTOMER = 500;

export interface RepeatMark {
  readonly at: number;
  readonly scope: Scope;
}

export type CustomerInsert =
  | { readonly kind: 'inserted'; readonly timeline: CustomerTimeline; readonly repeats: readonly RepeatMark[] }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'too_late' };

/** The repeat windows in force: W of the contact judged, and the longest W, which bounds the history kept. */
export interface RepeatWindows {
  readonly of: (scope: Scope) => number;
  readonly maxMs: number;
}

/** Adds a first offer to the customer's timeline and says which contacts are repeats because of it. */
export function insertCustomerContact(
  timeline: CustomerTimeline | undefined,
  contact: CustomerContact,
  windows: RepeatWindows,
): CustomerInsert {
  const contacts = timeline?.contacts ?? [];
  const horizonStart = timeline?.horizonStart ?? Number.NEGATIVE_INFINITY;
  if (contact.at < horizonStart) {
    return { kind: 'too_late' };
  }
  if (contacts.some((c) => c.contactId === contact.contactId)) {
    return { kind: 'duplicate' };
  }
  const index = insertionIndex(contacts, contact, sortsBefore);
  const previous = contacts[index - 1];
  const next = contacts[index];
  const repeats: RepeatMark[] = [];
  if (previous !== undefined && contact.at - previous.at <= windows.of(contact.scope)) {
    repeats.push({ at: contact.at, scope: contact.scope });
  }
  // The next contact becomes a repeat only if nothing before it was already within its W.
  const nextWindow = next === undefined ? 0 : windows.of(next.scope);
  if (next !== undefined && next.at - contact.at <= nextWindow && (previous === undefined || next.at - previous.at > nextWindow)) {
    repeats.push({ at: next.at, scope: next.scope });
  }
  const merged = [...contacts.slice(0, index), contact, ...contacts.slice(index)];
  return { kind: 'inserted', timeline: prune(merged, horizonStart, windows.maxMs), repeats };
}

const sortsBefore = (a: CustomerContact, b: CustomerContact): boolean => a.at < b.at || (a.at === b.at && a.contactId < b.contactId);

// Keep two of the longest windows behind the newest contact: enough to classify any contact arriving
// up to one window late. Whatever is dropped moves the horizon, so nothing is ever classified on
// partial data (no contact's W is longer than the one the horizon uses).
function prune(contacts: CustomerContact[], horizonStart: number, windowMs: number): CustomerTimeline {
  const newest = (contacts[contacts.length - 1] as CustomerContact).at;
  const keepFrom = Math.max(0, contacts.length - MAX_CONTACTS_PER_CUSTOMER);
  let first = keepFrom;
  while (first < contacts.length - 1 && (contacts[first] as CustomerContact).at < newest - 2 * windowMs) {
    first += 1;
  }
  if (first === 0) {
    return { contacts, horizonStart };
  }
  // Anything earlier than the last dropped contact can no longer be classified against it.
  const lastDropped = contacts[first - 1] as CustomerContact;
  return { contacts: contacts.slice(first), horizonStart: Math.max(horizonStart, lastDropped.at + windowMs) };
}
