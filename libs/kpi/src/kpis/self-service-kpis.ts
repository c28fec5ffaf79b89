// G. Self-service & automation (kpi-catalog §4 G).
import { proportion, type KpiDefinition } from './kpi-definition';
import { MIN_MEAN_SAMPLE, MIN_SHARE_SAMPLE } from './minimum-samples';

export const SELF_SERVICE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'containment_rate',
    ref: 'K49',
    name: 'Self-service containment',
    formula: 'sessions ended without a hand-off to an agent / sessions (contained is not resolved)',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'self-service sessions',
    defaultTarget: null, // none measured; higher is better only if resolution holds (kpi-catalog K49)
    compute: ({ total: { counters: c } }) => proportion(c.selfServiceContained, c.selfServiceSessions),
  },
  {
    id: 'handoff_context_rate',
    ref: 'K51',
    name: 'Hand-offs with context',
    formula: 'hand-offs where the agent received the session context / hand-offs',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_MEAN_SAMPLE, // [S]: hand-offs are a minority of sessions, so the smaller floor
    sampleNoun: 'self-service hand-offs',
    defaultTarget: null, // none found (kpi-catalog K51)
    compute: ({ total: { counters: c } }) => proportion(c.selfServiceHandoffsWithContext, c.selfServiceHandoffs),
  },
];
