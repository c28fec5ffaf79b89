// What the API returns: the lib's values with RFC 3339 times instead of epoch ms. The list leaves the
// candidates out (they can be long); one alert carries them, its events and the silences muting it.
import { silenceApplies, silenceStatus, type AlertEvent, type AlertInstance, type Silence } from '@vahti/alerting';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** An alert as listed. */
export function alertSummaryView(i: AlertInstance): Record<string, unknown> {
  return {
    id: i.id,
    tenantId: i.tenantId,
    fingerprint: i.fingerprint,
    state: i.state,
    severity: i.severity,
    labels: i.labels,
    summary: i.summary,
    startsAt: iso(i.startsAt),
    lastSignalAt: iso(i.lastSignalAt),
    updatedAt: iso(i.updatedAt),
    resolvedAt: iso(i.resolvedAt),
    acknowledgement: i.acknowledgement === null ? null : { ...i.acknowledgement, at: iso(i.acknowledgement.at) },
    value: i.value,
    candidateCount: i.candidates.length,
  };
}

/** One alert with its ranked candidates, its events and the silences that mute it now. */
export function alertView(
  i: AlertInstance,
  extra?: { events: readonly AlertEvent[]; silences: readonly Silence[]; now: number },
): Record<string, unknown> {
  const { candidateCount: _count, ...summary } = alertSummaryView(i);
  return {
    ...summary,
    description: i.description,
    candidates: i.candidates,
    ...(extra !== undefined && {
      silencedBy: i.state === 'resolved' ? [] : extra.silences.filter((s) => silenceApplies(s, i, extra.now)).map((s) => s.id),
      events: extra.events.map((e) => ({ ...e, at: iso(e.at) })),
    }),
  };
}

/** A silence with its status at `now`. */
export function silenceView(s: Silence, now: number): Record<string, unknown> {
  return { ...s, status: silenceStatus(s, now), startsAt: iso(s.startsAt), endsAt: iso(s.endsAt), createdAt: iso(s.createdAt) };
}
