// Which instances are muted right now and why: the planner's one question about silences and
// inhibition. Only open instances are muted; a resolution is always told to receivers that were
// told of the alert (as with acknowledgements, the loop is closed even when nobody wants repeats).
// Also returns when the answer can next change (a silence starting or ending), so the app can wake
// up exactly then instead of polling.
import { isActive, type AlertInstance } from '../model/alert-instance';
import { inhibitorsOf, type InhibitRule } from './inhibition';
import { silenceApplies, type Silence } from './silence';
import { allMatch } from './matcher';

export interface MuteReason {
  /** Ids of the silences that match, sorted. */
  readonly silencedBy: readonly string[];
  /** Ids of the instances that inhibit it, sorted. */
  readonly inhibitedBy: readonly string[];
}

export interface Mutes {
  /** Only muted instances have an entry. */
  readonly muted: Readonly<Record<string, MuteReason>>;
  /** Next silence start or end after `now` that matches an open instance; null if none. */
  readonly nextChangeAt: number | null;
}

/** Mute reasons of the open instances at `now`, from the silences and inhibit rules of their tenant. */
export function computeMutes(
  instances: readonly AlertInstance[],
  allSilences: readonly Silence[],
  rules: readonly InhibitRule[],
  now: number,
): Mutes {
  const open = instances.filter(isActive);
  const muted: Record<string, MuteReason> = {};
  let nextChangeAt: number | null = null;
  for (const instance of open) {
    const silencedBy = allSilences
      .filter((s) => silenceApplies(s, instance, now))
      .map((s) => s.id)
      .sort();
    const inhibitedBy = inhibitorsOf(instance, open, rules);
    if (silencedBy.length > 0 || inhibitedBy.length > 0) {
      muted[instance.id] = { silencedBy, inhibitedBy };
    }
    for (const s of allSilences) {
      if (s.tenantId !== instance.tenantId || !allMatch(s.matchers, instance.labels)) {
        continue;
      }
      for (const t of [s.startsAt, s.endsAt]) {
        if (t > now && (nextChangeAt === null || t < nextChangeAt)) {
          nextChangeAt = t;
        }
      }
    }
  }
  return { muted, nextChangeAt };
}
