// C. Resolution & contact handling (kpi-catalog §4 C) and contacts per customer issue (K25).
import { AHT_PLAN_DEFAULT } from './default-targets';
import { handleSeconds, meanWithInterval, proportion, ratio, type KpiDefinition } from './kpi-definition';
import { MIN_MEAN_SAMPLE, MIN_SHARE_SAMPLE, MIN_SURVEY_ANSWERS } from './minimum-samples';

export const RESOLUTION_KPIS: readonly KpiDefinition[] = [
  {
    id: 'first_contact_resolution',
    ref: 'K10',
    name: 'First-contact resolution (survey)',
    formula: 'survey answers "resolved on first contact" = yes / answers to that question',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_SURVEY_ANSWERS,
    sampleNoun: 'survey answers',
    // The SQM lines (typical 70 %, world-class 80 %) are in the benchmark pack; its "good" band
    // (70–79 %) starts at the typical line, so as a target it would only repeat that line.
    defaultTarget: null,
    compute: ({ total: { counters: c } }) => proportion(c.fcrYes, c.fcrResponses),
  },
  {
    id: 'repeat_contact_rate',
    ref: 'K11',
    name: 'Repeat-contact rate',
    formula: 'contacts with an earlier contact of the same customer within W / contacts (first offers)',
    unit: 'ratio',
    better: 'lower',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'contacts',
    defaultTarget: null, // no benchmark found; the Talkdesk figure (kpi-catalog K11) is over six months
    compute: ({ total: { counters: c } }) => proportion(c.repeatContacts, c.firstOffers),
  },
  {
    id: 'contacts_per_issue',
    ref: 'K25',
    // Not K25's assisted contacts per distinct customer: a distinct count over any window needs a
    // mergeable sketch (HyperLogLog) in every aggregate row, which the stored rows do not have yet.
    name: 'Contacts per customer episode',
    formula:
      "offered contacts / (offered − repeat contacts): contacts per customer episode (one customer's contacts less than W apart); not per distinct customer",
    unit: 'contacts',
    better: 'lower',
    proportion: false,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'contacts',
    defaultTarget: null, // the SQM lines are in the benchmark pack; no convention beyond them
    ideal: 1, // every issue needs one contact
    compute: ({ total: { counters: c } }) => ratio(c.firstOffers, c.firstOffers - c.repeatContacts),
  },
  {
    id: 'transfer_rate',
    ref: 'K12',
    name: 'Transfer rate',
    formula: 'transfers out of the queue / handled contacts',
    unit: 'ratio',
    better: 'lower',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // only a measured share (SQM 19 %, in the pack); no convention, and tiering can make transfers correct
    compute: ({ total: { counters: c } }) => proportion(c.transfers, c.handled),
  },
  {
    id: 'escalation_rate',
    ref: 'K13',
    name: 'Escalation rate',
    formula: 'handled contacts flagged escalated / handled contacts',
    unit: 'ratio',
    better: 'lower',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // none found (kpi-catalog K13); depends on the tier design
    compute: ({ total: { counters: c } }) => proportion(c.escalations, c.handled),
  },
  {
    id: 'average_handle_time',
    ref: 'K14',
    name: 'Average handle time',
    formula: 'Σ (talk + hold + after-contact work) / handled contacts',
    unit: 'seconds',
    better: 'band',
    proportion: false,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: AHT_PLAN_DEFAULT,
    // The plan is the schedule forecast's AHT over the window's forecast intervals.
    planned: ({ total: { counters: c } }) => (c.forecastContacts > 0 ? c.forecastWorkloadSeconds / c.forecastContacts : null),
    compute: ({ total: { counters: c } }) => meanWithInterval(handleSeconds(c), c.handleSquares, c.handled),
  },
  {
    id: 'hold_rate',
    ref: 'K15',
    name: 'Hold rate',
    formula: 'handled contacts with at least one hold / handled contacts',
    unit: 'ratio',
    better: 'lower',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // SQM's figure was not in the stored excerpt (kpi-catalog K15)
    compute: ({ total: { counters: c } }) => proportion(c.heldContacts, c.handled),
  },
  {
    id: 'acw_share',
    ref: 'K16',
    name: 'After-contact work share',
    formula: 'Σ after-contact work / Σ handle time',
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // a diagnostic; no measured figure found (kpi-catalog K16)
    compute: ({ total: { counters: c } }) => {
      const value = ratio(c.wrapUpSeconds, handleSeconds(c));
      return value === null ? null : { ...value, denominator: c.handled };
    },
  },
  {
    id: 'agent_reported_resolution',
    ref: 'K10',
    name: 'Agent-reported resolution',
    formula: 'handled contacts the agent marked resolved / handled contacts (internal FCR proxy; not for benchmarking)',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_SHARE_SAMPLE,
    sampleNoun: 'handled contacts',
    defaultTarget: null, // an internal proxy, not for benchmarking (kpi-catalog K10)
    compute: ({ total: { counters: c } }) => proportion(c.resolvedReported, c.handled),
  },
];
