// Where a KPI is reported for a given channel: the first process that lists it and covers the
// channel. Gauges carry one area/process label per series, so a KPI used by several processes
// (service level in B1–B4) is labelled by the one its channel belongs to.
import { PROCESS_MODEL } from './process-model';

export interface ProcessRef {
  readonly area: string;
  readonly process: string;
}

const cache = new Map<string, ProcessRef | null>();

/** The area and process a KPI of `channel` (undefined/`all` = all channels) is reported under. */
export function homeProcess(kpi: string, channel: string | undefined): ProcessRef | null {
  const cacheKey = `${kpi}/${channel ?? ''}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) {
    return hit;
  }
  const candidates = PROCESS_MODEL.flatMap((a) => a.processes.filter((p) => p.kpis.includes(kpi)).map((p) => ({ area: a.id, process: p })));
  const specific =
    channel === undefined || channel === 'all' ? undefined : candidates.find((c) => c.process.channels?.includes(channel as never));
  const chosen = specific ?? candidates.find((c) => c.process.channels === undefined) ?? candidates[0];
  const ref = chosen === undefined ? null : { area: chosen.area, process: chosen.process.id };
  cache.set(cacheKey, ref);
  return ref;
}
