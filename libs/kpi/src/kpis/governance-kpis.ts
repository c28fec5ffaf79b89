// H. Governance (kpi-catalog §4 H): the data the other KPIs rest on.
import { proportion, type KpiDefinition } from './kpi-definition';
import { MIN_SHARE_SAMPLE } from './minimum-samples';

export const GOVERNANCE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'data_completeness',
    ref: 'K58',
    name: 'Contact coding completeness',
    formula: 'handled contacts with a contact reason and a recorded outcome / handled contacts',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // none found (kpi-catalog K58)
    compute: ({ total: { counters: c } }) => proportion(c.codedContacts, c.handled),
  },
];
