// The persisted state of one series × metric monitor: plain JSON (the alerter stores it in
// PostgreSQL as jsonb), small (at most 19 recent observations of 2–4 numbers, two detector states),
// and versioned so a later shape can be told apart. JSON.parse(JSON.stringify(state)) is the same
// state: no Dates, Maps, undefined values or non-finite numbers are ever stored.
import type { WindowEntry } from '../breach/observation-window';
import { INACTIVE, type DebounceState } from '../lifecycle/debounced-condition';
import { WATCHING, type ShiftState } from '../shift/shift-detector';

export interface MonitorState {
  readonly version: 1;
  /** Watched-metric id. */
  readonly metric: string;
  /** Start of the last interval evaluated (epoch ms), or null before the first. */
  readonly lastIntervalStart: number | null;
  /** Recent observations for the breach windows, oldest first. */
  readonly window: readonly WindowEntry[];
  readonly breach: DebounceState;
  readonly shift: ShiftState;
}

/** The state of a new monitor: empty windows, CUSUM at 0 (no head start, so a new monitor does not alarm on its first intervals). */
export function initialMonitorState(metric: string): MonitorState {
  return { version: 1, metric, lastIntervalStart: null, window: [], breach: INACTIVE, shift: WATCHING };
}

/** A stored state read back, or null when it is not one of ours (unknown version, missing fields): start afresh then. */
export function parseMonitorState(json: unknown): MonitorState | null {
  if (typeof json !== 'object' || json === null) {
    return null;
  }
  const s = json as Partial<MonitorState>;
  const ok =
    s.version === 1 &&
    typeof s.metric === 'string' &&
    (s.lastIntervalStart === null || typeof s.lastIntervalStart === 'number') &&
    Array.isArray(s.window) &&
    typeof s.breach === 'object' &&
    s.breach !== null &&
    typeof s.shift === 'object' &&
    s.shift !== null;
  return ok ? (s as MonitorState) : null;
}
