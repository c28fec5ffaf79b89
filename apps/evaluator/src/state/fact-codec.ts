// Facts as JSON: the timelines are plain data except for an open horizon (-Infinity), stored as null.
import { AGENT_STATES } from '@vahti/contracts';
import type { AgentRoster, AgentState, AgentTimeline, CustomerTimeline, ForecastSlot, QaRecord, WorkforceFact } from '@vahti/kpi';

type WithHorizon = { horizonStart: number };

const encodeHorizon = <T extends WithHorizon>(fact: T): unknown => ({
  ...fact,
  horizonStart: Number.isFinite(fact.horizonStart) ? fact.horizonStart : null,
});

const decodeHorizon = <T extends WithHorizon>(json: unknown): T => {
  const fact = json as Omit<T, 'horizonStart'> & { horizonStart: number | null };
  return { ...fact, horizonStart: fact.horizonStart ?? Number.NEGATIVE_INFINITY } as T;
};

// Agent timelines are the largest facts (a state change every few minutes per agent): entries are
// stored as [at, tie, state index, team?] tuples, about a third of the object form.
type AgentTuple = [number, string, number] | [number, string, number, string];

function encodeAgent(timeline: AgentTimeline): unknown {
  return {
    h: Number.isFinite(timeline.horizonStart) ? timeline.horizonStart : null,
    ...(timeline.coveredUntil !== undefined && { c: timeline.coveredUntil }),
    e: timeline.entries.map((e): AgentTuple => {
      const tuple: AgentTuple = [e.at, e.tie, AGENT_STATES.indexOf(e.state)];
      return e.teamId === undefined ? tuple : [...tuple, e.teamId];
    }),
  };
}

function decodeAgent(json: unknown): AgentTimeline {
  const { h, e, c } = json as { h: number | null; e: AgentTuple[]; c?: number };
  return {
    horizonStart: h ?? Number.NEGATIVE_INFINITY,
    ...(c !== undefined && { coveredUntil: c }),
    entries: e.map(([at, tie, state, teamId]) => ({
      at,
      tie,
      state: AGENT_STATES[state] as AgentState,
      ...(teamId !== undefined && { teamId }),
    })),
  };
}

/** Encoders and decoders per fact kind. */
export const FACT_CODECS = {
  customer: { encode: (f: CustomerTimeline) => encodeHorizon(f), decode: (j: unknown) => decodeHorizon<CustomerTimeline>(j) },
  agent: { encode: encodeAgent, decode: decodeAgent },
  evaluation: { encode: (f: QaRecord): unknown => f, decode: (j: unknown) => j as QaRecord },
  forecast: { encode: (f: ForecastSlot): unknown => f, decode: (j: unknown) => j as ForecastSlot },
  workforce: { encode: (f: WorkforceFact): unknown => f, decode: (j: unknown) => j as WorkforceFact },
  roster: { encode: (f: AgentRoster): unknown => f, decode: (j: unknown) => j as AgentRoster },
} as const;
