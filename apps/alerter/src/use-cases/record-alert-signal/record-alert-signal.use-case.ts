// Signal in (libs/alerting/README.md, step 1): detector signals change alert instances, and in the
// same transaction the tenant's due notifications are planned and enqueued, so a signal is recorded
// with everything it causes or not at all. A redelivered or stale signal changes nothing (the lib
// returns the instance unchanged), so the KPI consumer may redeliver freely. Invalid signals are
// rejected one by one with their problems; the valid ones of the batch are still recorded.
import { applySignal, fingerprintOf, signalProblems, type AlertEvent, type AlertInstance, type AlertSignal } from '@vahti/alerting';
import type { AlerterStateTransaction } from '@vahti/persistence';
import { enqueueDueNotifications, type TenantPlanResult } from '../../notifications/enqueue-due-notifications';
import { afterCommit, type AlerterPorts } from '../alerter-ports';

/** What became of one valid signal. */
export interface RecordedSignal {
  readonly fingerprint: string;
  /** The instance after the signal; null for a resolve of an alert that is not open. */
  readonly instance: AlertInstance | null;
  readonly changed: boolean;
  readonly events: readonly AlertEvent[];
}

export interface RecordOutcome {
  /** Valid signals, in the order given. */
  readonly recorded: readonly RecordedSignal[];
  /** Invalid signals: their position in the batch and every problem. */
  readonly rejected: ReadonlyArray<{ readonly index: number; readonly problems: readonly string[] }>;
  readonly plans: readonly TenantPlanResult[];
}

/** Extra work for the same transaction (e.g. the KPI consumer's detector state and offsets). */
export type AlsoInTransaction = (tx: AlerterStateTransaction) => Promise<void>;

/** Records detector signals: instance changes, events, planned notifications and outbox rows in one transaction. */
export class RecordAlertSignalUseCase {
  constructor(private readonly ports: AlerterPorts) {}

  async execute(signals: readonly AlertSignal[], also?: AlsoInTransaction): Promise<RecordOutcome> {
    const rejected: Array<{ index: number; problems: string[] }> = [];
    const valid: Array<{ index: number; signal: AlertSignal; fingerprint: string }> = [];
    signals.forEach((signal, index) => {
      const problems = signalProblems(signal);
      if (problems.length > 0) {
        rejected.push({ index, problems });
      } else {
        valid.push({ index, signal, fingerprint: fingerprintOf(signal.tenantId, signal.labels) });
      }
    });
    const { metrics } = this.ports;
    metrics.signals.inc({ outcome: 'rejected' }, rejected.length);
    if (valid.length === 0 && also === undefined) {
      return { recorded: [], rejected, plans: [] };
    }
    const now = this.ports.clock();
    const tenants = [...new Set(valid.map((v) => v.signal.tenantId))].sort();
    const { results, plans } = await this.ports.repository.inTransaction(async (tx) => {
      await tx.lockTenants(tenants);
      const results = await this.apply(tx, valid, now);
      const plans: TenantPlanResult[] = [];
      for (const tenantId of tenants) {
        plans.push(await enqueueDueNotifications(tx, tenantId, this.ports.routing, now));
      }
      await also?.(tx);
      return { results, plans };
    });
    for (const result of results) {
      metrics.signals.inc({ outcome: result.changed ? 'changed' : 'unchanged' });
    }
    afterCommit(this.ports, plans);
    return { recorded: results, rejected, plans };
  }

  /** Applies the signals in time order per fingerprint, each to the instance the previous one left. */
  private async apply(
    tx: AlerterStateTransaction,
    valid: ReadonlyArray<{ index: number; signal: AlertSignal; fingerprint: string }>,
    now: number,
  ): Promise<RecordedSignal[]> {
    const current = new Map<string, AlertInstance | undefined>();
    const results = new Map<number, RecordedSignal>();
    const ordered = [...valid].sort((a, b) => a.signal.at - b.signal.at || a.index - b.index);
    for (const { index, signal, fingerprint } of ordered) {
      if (!current.has(fingerprint)) {
        current.set(fingerprint, await tx.currentInstance(signal.tenantId, fingerprint));
      }
      const outcome = applySignal(current.get(fingerprint), signal, now);
      if (outcome.changed && outcome.instance !== undefined) {
        await tx.saveInstance(outcome.instance);
        await tx.appendEvents(outcome.events, now);
        current.set(fingerprint, outcome.instance);
      }
      results.set(index, { fingerprint, instance: outcome.instance ?? null, changed: outcome.changed, events: outcome.events });
    }
    return valid.map((v) => results.get(v.index)).filter((r): r is RecordedSignal => r !== undefined);
  }
}
