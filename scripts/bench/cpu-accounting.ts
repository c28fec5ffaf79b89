// Where a benchmark's CPU went, per program on this machine: user + system seconds of every process
// by its command name (postgres, java for the Kafka broker, node), read from /proc. Exited children
// are counted through their parent's cumulative times (PostgreSQL backends of closed connections
// land in the postmaster's), so a snapshot difference covers processes that came and went.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds by command name, now; empty where /proc is not there (not Linux). */
export function cpuSnapshot(): Map<string, number> {
  const totals = new Map<string, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return totals;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      // Fields after the command: state is the 3rd field; utime, stime, cutime, cstime are the 14th–17th.
      const fields = stat.slice(close + 2).split(' ');
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
      totals.set(name, (totals.get(name) ?? 0) + ticks / TICKS_PER_SECOND);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return totals;
}

/** CPU seconds of `names` spent between two snapshots. */
export function cpuSpent(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  names: readonly string[],
): Map<string, number> {
  return new Map(names.map((name) => [name, Math.max(0, (after.get(name) ?? 0) - (before.get(name) ?? 0))]));
}
