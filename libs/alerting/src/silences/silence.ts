// Silences: a user mutes the alerts that match a set of matchers for a time window, with a reason.
// They are checked at notification time only (detection-and-stack.md §C.4: silenced is a flag, not a
// state), so a silence never changes an instance and its expiry brings the alert back to receivers
// that were never told. Validation follows Alertmanager's validateSilence (silence/silence.go): at
// least one matcher, not all of them matching the empty string (else it would mute everything),
// and an end after the start.
import type { AlertInstance } from '../model/alert-instance';
import { allMatch, matcherProblem, matchesEmpty, type Matcher } from './matcher';

export interface Silence {
  readonly id: string;
  readonly tenantId: string;
  readonly matchers: readonly Matcher[];
  /** Epoch ms; active from startsAt inclusive to endsAt exclusive. */
  readonly startsAt: number;
  readonly endsAt: number;
  readonly createdBy: string;
  readonly comment: string;
  readonly createdAt: number;
}

/** What a user asks for; the id comes from the caller (the lib draws no random numbers). */
export type SilenceRequest = Omit<Silence, 'createdAt'>;

export type SilenceStatus = 'pending' | 'active' | 'expired';

/** Every problem with a silence request at `now`, each prefixed with the field it is about. */
export function silenceProblems(request: SilenceRequest, now: number): string[] {
  const problems: string[] = [];
  if (request.id === '') {
    problems.push('id: is empty');
  }
  if (request.createdBy.trim() === '') {
    problems.push('createdBy: is empty');
  }
  if (request.comment.trim() === '') {
    problems.push('comment: is empty (say why the alerts are muted)');
  }
  if (request.matchers.length === 0) {
    problems.push('matchers: at least one matcher is required');
  }
  const invalid = request.matchers.map(matcherProblem);
  invalid.forEach((problem, index) => {
    if (problem !== null) {
      problems.push(`matchers/${index}: ${problem}`);
    }
  });
  if (request.matchers.length > 0 && invalid.every((p) => p === null) && request.matchers.every(matchesEmpty)) {
    problems.push('matchers: at least one matcher must not match the empty string');
  }
  if (!(request.endsAt > request.startsAt)) {
    problems.push('endsAt: must be after startsAt');
  }
  if (request.endsAt <= now) {
    problems.push('endsAt: is in the past');
  }
  return problems;
}

/** A silence that cannot be created; `problems` lists every reason. */
export class SilenceError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid silence:\n  ${problems.join('\n  ')}`);
    this.name = 'SilenceError';
  }
}

/** The silence, checked, stamped with its creation time; a SilenceError lists every problem. */
export function createSilence(request: SilenceRequest, now: number): Silence {
  const problems = silenceProblems(request, now);
  if (problems.length > 0) {
    throw new SilenceError(problems);
  }
  return { ...request, matchers: request.matchers.map((m) => ({ ...m })), createdAt: now };
}

/** Ends a silence now (Alertmanager's "expire"); a pending one ends before it began. */
export function expireSilence(silence: Silence, now: number): Silence {
  if (silence.endsAt <= now) {
    return silence;
  }
  const startsAt = Math.min(silence.startsAt, now);
  return { ...silence, startsAt, endsAt: now };
}

/** Pending before its start, active inside its window, expired after. */
export function silenceStatus(silence: Silence, now: number): SilenceStatus {
  if (now < silence.startsAt) {
    return 'pending';
  }
  return now < silence.endsAt ? 'active' : 'expired';
}

/** Whether the silence mutes this instance at `now` (same tenant, active, all matchers match). */
export function silenceApplies(silence: Silence, instance: Pick<AlertInstance, 'tenantId' | 'labels'>, now: number): boolean {
  return silence.tenantId === instance.tenantId && silenceStatus(silence, now) === 'active' && allMatch(silence.matchers, instance.labels);
}
