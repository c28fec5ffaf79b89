// B. Access & responsiveness (kpi-catalog §4 B).
import { waitQuantile } from '../counters/wait-sketch';
import { ABANDONMENT_DEFAULT, SERVICE_LEVEL_DEFAULT } from './default-targets';
import { countedOutcomes, mean, meanWithInterval, proportion, ratio, type KpiDefinition } from './kpi-definition';
import { MIN_MEAN_SAMPLE } from './minimum-samples';

export const ACCESS_KPIS: readonly KpiDefinition[] = [
  {
    id: 'service_level',
    ref: 'K01',
    name: 'Service level',
    // Every wait in a queue counts, a wait after a transfer too: the customer waited again, and per
    // queue this is the ACD's own definition (an offer to the queue).
    formula: 'answered within T / (answered + abandoned − abandoned within S), every queue wait',
    unit: 'ratio',
    better: 'higher',
    proportion: true,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'answered or abandoned contacts',
    defaultTarget: SERVICE_LEVEL_DEFAULT, // the queue's serviceLevelTarget when the tenant sets one (rating/yardsticks.ts)
    compute: ({ total: { counters: c } }) => proportion(c.answeredWithinThreshold, countedOutcomes(c)),
  },
  {
    id: 'average_speed_of_answer',
    ref: 'K02',
    name: 'Average speed of answer',
    formula: 'Σ queue wait of answered contacts / answered',
    unit: 'seconds',
    better: 'lower',
    proportion: false,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'answered contacts',
    defaultTarget: null, // no convention of its own: ASA follows from the service-level target; the pack holds measured means
    compute: ({ total: { counters: c } }) => meanWithInterval(c.answerWaitSeconds, c.answerWaitSquares, c.answered),
  },
  {
    id: 'answer_wait_p90',
    ref: 'K02',
    name: '90th percentile of answer wait',
    formula: '90th percentile of queue wait of answered contacts (DDSketch, 1 % relative accuracy)',
    unit: 'seconds',
    better: 'lower',
    proportion: false,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'answered contacts',
    defaultTarget: null, // no published figure (kpi-catalog K02 only advises watching it)
    compute: ({ total }) => {
      const p90 = total.wait === null ? null : waitQuantile(total.wait, 0.9);
      return p90 === null ? null : { value: p90, numerator: p90, denominator: total.counters.answered };
    },
  },
  {
    id: 'abandonment_rate',
    ref: 'K03',
    name: 'Abandonment rate',
    formula: '(abandoned − abandoned within S) / (answered + abandoned − abandoned within S)',
    unit: 'ratio',
    better: 'lower',
    proportion: true,
    minSample: MIN_MEAN_SAMPLE,
    sampleNoun: 'answered or abandoned contacts',
    defaultTarget: ABANDONMENT_DEFAULT,
    compute: ({ total: { counters: c } }) => proportion(c.abandoned - c.shortAbandoned, countedOutcomes(c)),
  },
  {
    id: 'average_time_to_abandon',
    ref: 'K04',
    name: 'Average time to abandon',
    formula: 'Σ wait of abandoned contacts / abandoned',
    unit: 'seconds',
    better: 'higher',
    proportion: false,
    minSample: 10, // [S]: abandons are few in a healthy queue; ten give a first reading of patience
    sampleNoun: 'abandoned contacts',
    defaultTarget: null, // a diagnostic and Erlang-A input, not a target (kpi-catalog K04)
    compute: ({ total: { counters: c } }) => mean(c.abandonWaitSeconds, c.abandoned),
  },
  {
    id: 'intervals_meeting_service_level',
    ref: 'K01',
    name: 'Intervals meeting the service level',
    formula: '15-minute intervals with service level ≥ its target / intervals with answered or abandoned contacts',
    unit: 'ratio',
    better: 'higher',
    proportion: false,
    minSample: 4, // [S]: one hour of 15-minute intervals
    sampleNoun: 'queue intervals',
    defaultTarget: null, // no published convention for the share of intervals (kpi-catalog K01 only advises reporting it)
    compute: ({ total: { counters: c } }) => ratio(c.intervalsMeetingServiceLevel, c.intervalsWithOutcomes),
  },
];
