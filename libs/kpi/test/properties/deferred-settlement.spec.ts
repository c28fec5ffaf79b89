// Agent-state settlement is deferred to the end of a batch (pending-settlements.ts). This checks the
// two cases where that could differ from settling after every event: a batch whose agent states
// span more than the agent horizon (24 h, so old states are pruned while the batch runs), and
// schedules and HR changes interleaved with the states. Both must give exactly the rows of
// one-event batches.
import type { VahtiEvent } from '@vahti/contracts';
import { applyBatch, newState, type EvaluatorState } from '../support/evaluate-events';
import { workforceEvents } from '../support/workforce-events';

const DAYS = ['2025-03-03', '2025-03-04', '2025-03-05'];

// Schedules first (published on the first morning), so nothing else settles while the states run.
function threeDays(order: 'schedules-first' | 'interleaved'): VahtiEvent[] {
  const w = workforceEvents('deferred');
  const schedules: VahtiEvent[] = [];
  const events: VahtiEvent[] = [];
  for (const day of DAYS) {
    (order === 'interleaved' ? events : schedules).push(
      w.schedule(
        'team-north',
        `${day}T08:00:00Z`,
        { ann: ['available', 'available', 'break', 'available', 'meeting', 'available', 'available', 'available'] },
        `${day}T06:00:00Z`,
      ),
    );
    const states: Array<[string, 'available' | 'busy' | 'wrap_up' | 'aux' | 'offline']> = [
      ['07:58:00', 'available'],
      ['08:05:10', 'busy'],
      ['08:11:00', 'wrap_up'],
      ['08:12:30', 'available'],
      ['08:29:00', 'aux'],
      ['08:31:00', 'available'],
      ['08:33:00', 'busy'],
      ['09:02:00', 'available'],
      ['09:20:00', 'offline'],
      ['09:50:00', 'available'],
      ['10:01:00', 'busy'],
      ['10:40:00', 'offline'],
    ];
    for (const [time, state] of states) {
      events.push(w.state('ann', `${day}T${time}Z`, state));
    }
  }
  if (order === 'interleaved') {
    events.push(w.hr('ann', '2025-03-04T09:40:00Z', 'absent', { absence: 'unplanned' }));
    events.push(w.hr('ann', '2025-03-04T09:45:00Z', 'returned'));
    events.push(w.hr('ann', '2025-03-04T11:00:00Z', 'left', { separation: 'voluntary' }));
    events.push(w.hr('ann', '2025-03-05T07:00:00Z', 'hired'));
  }
  // A late state of the last morning, after that morning had moved on.
  events.push(w.state('ann', '2025-03-05T08:40:00Z', 'aux'));
  return [...schedules, ...events];
}

// Rows whose counters net to zero (a provisional end added by one batch and taken back by the
// next, agent-timeline.ts) are no difference in any KPI.
function rows(state: EvaluatorState): Record<string, unknown> {
  return Object.fromEntries(
    [...state.rows]
      .filter(([, v]) => Object.values(v.counters).some((n) => n !== 0))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, v.counters]),
  );
}

describe('deferred workforce settlement', () => {
  it.each(['schedules-first', 'interleaved'] as const)('gives the rows of one-event batches over three days (%s)', (order) => {
    const events = threeDays(order);
    const oneBatch = newState();
    applyBatch(oneBatch, events);
    const perEvent = newState();
    for (const event of events) {
      applyBatch(perEvent, [event]);
    }
    expect(rows(oneBatch)).toEqual(rows(perEvent));
    // The scenario exercises adherence and employed time, so a wrong settlement shows in them.
    const totals = [...oneBatch.rows.values()].reduce(
      (sum, row) => ({ adherent: sum.adherent + row.counters.adherentSeconds, employed: sum.employed + row.counters.employedSeconds }),
      { adherent: 0, employed: 0 },
    );
    expect(totals.adherent).toBeGreaterThan(0);
    expect(totals.employed).toBeGreaterThan(0);
  });
});
