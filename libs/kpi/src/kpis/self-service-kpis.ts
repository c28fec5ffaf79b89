// G. Self-service & automation (kpi-catalog §4 G).
import { proportion, type KpiDefinition } from './kpi-definition';

export const SELF_SERVICE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'containment_rate',
    ref: 'K49',
    name: 'Self-service containment',
    formula: 'sessions ended without a hand-off to an agent / sessions (contained is not resolved)',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: 50,
    sampleNoun: 'self-service sessions',
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
    minSample: 30,
    sampleNoun: 'self-service hand-offs',
    compute: ({ total: { counters: c } }) => proportion(c.selfServiceHandoffsWithContext, c.selfServiceHandoffs),
  },
];
