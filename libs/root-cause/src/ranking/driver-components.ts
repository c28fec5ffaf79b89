// The graph's next step up from two queueing drivers: which upstream node moved them.
//
// Volume (offers to the queue) is new demand + repeat contacts + contacts transferred in:
//   offers = (firstOffers − repeatContacts) + repeatContacts + (offers − firstOffers)
// so its change splits exactly into those three (nodes volume, repeat_contacts R9, transfers).
//
// Staffing (on-queue agent time) is scheduled time less shrinkage, plus on-queue time nobody
// scheduled. Per slot the evaluator books every observed scheduled second as on queue, planned
// shrinkage or unplanned shrinkage (libs/kpi slot-terms), so with S scheduled seconds and baseline
// shares p = planned/S, u = unplanned/S, a = unplanned absence/S:
//   Δon-queue = ΔS·(1 − p − u) − S′·(Δp + Δa) − S′·(Δu − Δa) + Δ(on queue outside the schedule)
//               staffing (R5)    shrinkage (R5)   adherence (R4)   staffing
// exactly. Unplanned absence goes to shrinkage with planned shrinkage (R5: "unplanned absence /
// shrinkage above plan"); the rest of unplanned shrinkage (late log-in, unscheduled aux) is
// non-adherence to on-queue time (R4).
//
// Components can pull both ways (more scheduled, worse adherence). Each gets the part of the net
// change that the components moving in its direction make: max(0, c·sign Δ) / Σ max(0, c_j·sign Δ).
import { INTERVAL_MINUTES, type KpiCounters } from '@vahti/kpi';
import type { NodeId } from '../graph/graph-nodes';
import type { WindowPair } from '../input/root-cause-input';
import { staffedSecondsOf } from '../metrics/node-metric';

export interface Component {
  readonly factor: NodeId;
  /** Change in the driver's own unit (offers, or on-queue agent-seconds). */
  readonly change: number;
}

/** The three parts of the change in offers (see the file header). */
export function volumeComponents(series: WindowPair<Readonly<KpiCounters>>): Component[] {
  const parts = (c: Readonly<KpiCounters>) => ({
    fresh: c.firstOffers - c.repeatContacts,
    repeat: c.repeatContacts,
    transferred: c.offers - c.firstOffers,
  });
  const b = parts(series.baseline);
  const a = parts(series.current);
  return [
    { factor: 'volume', change: a.fresh - b.fresh },
    { factor: 'repeat_contacts', change: a.repeat - b.repeat },
    { factor: 'transfers', change: a.transferred - b.transferred },
  ];
}

/** The parts of the change in on-queue agent time (see the file header); all staffing without a schedule. */
export function staffingComponents(agents: WindowPair<Readonly<KpiCounters>>): Component[] {
  const { baseline: b, current: c } = agents;
  const staffed = staffedSecondsOf(c) - staffedSecondsOf(b);
  if (!(b.scheduledSeconds > 0) || !(c.scheduledSeconds > 0)) {
    return [{ factor: 'staffing', change: staffed }];
  }
  const share = (k: Readonly<KpiCounters>) => ({
    planned: k.plannedShrinkageSeconds / k.scheduledSeconds,
    unplanned: k.unplannedShrinkageSeconds / k.scheduledSeconds,
    absence: k.unplannedAbsenceSeconds / k.scheduledSeconds,
  });
  const s0 = share(b);
  const s1 = share(c);
  const scheduled = (c.scheduledSeconds - b.scheduledSeconds) * (1 - s0.planned - s0.unplanned);
  const shrinkage = -c.scheduledSeconds * (s1.planned - s0.planned + (s1.absence - s0.absence));
  const adherence = -c.scheduledSeconds * (s1.unplanned - s0.unplanned - (s1.absence - s0.absence));
  const unscheduled = (k: Readonly<KpiCounters>) => staffedSecondsOf(k) - k.onQueueScheduledSeconds;
  return [
    { factor: 'staffing', change: scheduled + unscheduled(c) - unscheduled(b) },
    { factor: 'adherence', change: adherence },
    { factor: 'shrinkage', change: shrinkage },
  ];
}

/** Each component's part of the net change, by the components that moved the same way (see the file header). */
export function componentFractions(components: readonly Component[]): Map<NodeId, number> {
  const net = components.reduce((sum, c) => sum + c.change, 0);
  const direction = Math.sign(net);
  const gross = components.reduce((sum, c) => sum + Math.max(0, c.change * direction), 0);
  return new Map(components.map((c) => [c.factor, gross > 0 ? Math.max(0, c.change * direction) / gross : 0]));
}

/**
 * The forecast for the whole window: the forecast of the complete blocks in it (window-rows leaves
 * out a block still open at the window's end) spread evenly over its minutes; null without one.
 */
export function windowForecast(current: Readonly<KpiCounters>, windowSeconds: number): number | null {
  // Rows without block lengths hold 15-minute slots (forecast-blocks.ts).
  const minutes = current.forecastedMinutes > 0 ? current.forecastedMinutes : INTERVAL_MINUTES * current.forecastedIntervals;
  return minutes > 0 ? (current.forecastContacts * windowSeconds) / 60 / minutes : null;
}

/**
 * The part of a volume rise the forecast did not foresee (R6): (V′ − max(F′, V)) / (V′ − V) clamped
 * to [0, 1], with V, V′ the first offers of the baseline and the window and F′ the window's
 * forecast (windowForecast). Null without a forecast or without a rise.
 */
export function unforeseenFraction(series: WindowPair<Readonly<KpiCounters>>, windowSeconds: number): number | null {
  const before = series.baseline.firstOffers;
  const after = series.current.firstOffers;
  const forecast = windowForecast(series.current, windowSeconds);
  if (forecast === null || !(after > before)) {
    return null;
  }
  return Math.min(1, Math.max(0, (after - Math.max(forecast, before)) / (after - before)));
}
