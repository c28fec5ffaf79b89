// A. Customer experience (kpi-catalog §4 A): post-contact survey results.
import { proportion, ratio, type KpiDefinition } from './kpi-definition';
import { MIN_SHARE_SAMPLE, MIN_SURVEY_ANSWERS } from './minimum-samples';

export const EXPERIENCE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'csat',
    ref: 'K19',
    name: 'Customer satisfaction (top-2-box)',
    formula: 'CSAT answers 4 or 5 (of 1–5) / CSAT answers',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_SURVEY_ANSWERS,
    sampleNoun: 'CSAT answers',
    // The vendor 75–85 % "benchmark" (kpi-catalog K19) mixes top-box and ≥ 3/5 definitions; the
    // measured lines are in the pack with their definition notes.
    defaultTarget: null,
    compute: ({ total: { counters: c } }) => proportion(c.csatTop2, c.csatResponses),
  },
  {
    id: 'customer_effort',
    ref: 'K20',
    name: 'Customer effort (CES 2.0, % agree)',
    formula: 'CES answers 5–7 (of 1–7, "easy to handle my issue") / CES answers',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_SURVEY_ANSWERS,
    sampleNoun: 'CES answers',
    defaultTarget: null, // no score distribution published; CEB links effort to loyalty, not to a number (kpi-catalog K20)
    compute: ({ total: { counters: c } }) => proportion(c.cesAgree, c.cesResponses),
  },
  {
    id: 'tnps',
    ref: 'K21',
    name: 'Transactional NPS',
    formula: '100 × (promoters 9–10 − detractors 0–6) / NPS answers',
    unit: 'points',
    better: 'higher',
    proportion: false,
    minSample: MIN_SURVEY_ANSWERS,
    sampleNoun: 'NPS answers',
    defaultTarget: null, // only the vendor 30–50 range, already the pack's typical line (kpi-catalog K21)
    compute: ({ total: { counters: c } }) =>
      c.npsResponses > 0
        ? {
            value: (100 * (c.npsPromoters - c.npsDetractors)) / c.npsResponses,
            numerator: c.npsPromoters - c.npsDetractors,
            denominator: c.npsResponses,
          }
        : null,
  },
  {
    id: 'survey_response_rate',
    ref: 'K22',
    name: 'Survey responses per handled contact',
    formula: 'survey responses / handled contacts (both by their own time)',
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // none found (kpi-catalog K22)
    compute: ({ total: { counters: c } }) => ratio(c.surveys, c.handled),
  },
];
