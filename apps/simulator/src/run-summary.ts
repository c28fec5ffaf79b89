// The end-of-run summary: per tenant and queue, contacts offered, answered and abandoned, service
// level (answered within the queue's threshold / offered) and abandonment rate, as simulated. It is
// derived from the events as they stream, so nothing is kept but the counters.
import type { VahtiEvent } from '@vahti/contracts';
import type { Scenario } from '@vahti/simulation';

interface QueueCounts {
  tenant: string;
  queue: string;
  thresholdSeconds: number;
  offered: number;
  answered: number;
  answeredInTime: number;
  abandoned: number;
}

/** Counts contact outcomes per tenant and queue. */
export class RunSummary {
  private readonly queues = new Map<string, QueueCounts>();
  private events = 0;

  constructor(scenarios: readonly Scenario[]) {
    for (const scenario of scenarios) {
      for (const queue of scenario.queues) {
        this.queues.set(`${scenario.tenant}/${queue.id}`, {
          tenant: scenario.tenant,
          queue: queue.id,
          thresholdSeconds: queue.serviceLevelSeconds,
          offered: 0,
          answered: 0,
          answeredInTime: 0,
          abandoned: 0,
        });
      }
    }
  }

  get totalEvents(): number {
    return this.events;
  }

  observe(event: VahtiEvent): void {
    this.events += 1;
    if (event.type === 'io.vahti.contact.offered.v1') {
      this.counts(event.tenantid, event.data.queueId).offered += 1;
    } else if (event.type === 'io.vahti.contact.answered.v1') {
      const counts = this.counts(event.tenantid, event.data.queueId);
      counts.answered += 1;
      if (event.data.waitSeconds <= counts.thresholdSeconds) {
        counts.answeredInTime += 1;
      }
    } else if (event.type === 'io.vahti.contact.abandoned.v1') {
      this.counts(event.tenantid, event.data.queueId).abandoned += 1;
    }
  }

  /** The summary table and the totals line. */
  render(elapsedMs: number): string {
    const header = ['tenant', 'queue', 'offered', 'answered', 'abandoned', 'service level', 'abandonment'];
    const rows = [...this.queues.values()].map((q) => [
      q.tenant,
      q.queue,
      q.offered.toLocaleString('en-US'),
      q.answered.toLocaleString('en-US'),
      q.abandoned.toLocaleString('en-US'),
      `${percent(q.answeredInTime, q.offered)} in ${q.thresholdSeconds} s`,
      percent(q.abandoned, q.offered),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]): string =>
      cells
        .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    const seconds = elapsedMs / 1000;
    const rate = seconds > 0 ? Math.round(this.events / seconds) : this.events;
    return [
      line(header),
      ...rows.map(line),
      '',
      `${this.events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${rate.toLocaleString('en-US')} events/s)`,
      '',
    ].join('\n');
  }

  private counts(tenant: string, queue: string): QueueCounts {
    const key = `${tenant}/${queue}`;
    let counts = this.queues.get(key);
    if (counts === undefined) {
      counts = { tenant, queue, thresholdSeconds: 0, offered: 0, answered: 0, answeredInTime: 0, abandoned: 0 };
      this.queues.set(key, counts);
    }
    return counts;
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;
}
