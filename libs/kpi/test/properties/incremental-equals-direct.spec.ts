// Property: applying events incrementally — in any arrival order, cut into any batches, late and
// out-of-order included — gives per-interval and per-day aggregates equal to a direct computation
// from the complete, sorted event list (support/direct-computation.ts).
import type { VahtiEvent } from '@vahti/contracts';
import {
  DEFAULT_EVALUATION_SETTINGS,
  type EvaluationSettings,
  type KpiCounters,
  emptyCounters,
  parseAggregateKey,
  waitQuantile,
  kpiInputOf,
} from '@vahti/kpi';
import { createEventFactory } from '@vahti/testing';
import fc from 'fast-check';
import { directCounters } from '../support/direct-computation';
import { applyBatch, newState, rowsOf } from '../support/evaluate-events';

// Windows of 24 h (q1) and 6 h (q2, overridden per queue): the longest keeps the whole 30 h of generated
// history inside the customers' pruning horizon (2 W), and the short one makes the window of the
// contact judged matter.
const SETTINGS: EvaluationSettings = {
  queue: (tenant, queue, channel) => ({
    ...DEFAULT_EVALUATION_SETTINGS.queue(tenant, queue, channel),
    repeatWindowHours: queue === 'q2' ? 6 : 24,
  }),
  maxRepeatWindowHours: () => 24,
};
const T0 = Date.parse('2025-03-03T08:00:00Z');
const SPAN_S = 30 * 3600;
const iso = (seconds: number): string => new Date(T0 + seconds * 1000).toISOString();

const COMPARED: ReadonlyArray<keyof KpiCounters> = [
  'offers',
  'firstOffers',
  'answered',
  'answeredWithinThreshold',
  'answerWaitSeconds',
  'abandoned',
  'shortAbandoned',
  'abandonWaitSeconds',
  'callbacksRequested',
  'transfers',
  'handled',
  'talkSeconds',
  'holdSeconds',
  'wrapUpSeconds',
  'resolvedReported',
  'repeatContacts',
  'surveys',
  'csatResponses',
  'csatTop2',
  'npsResponses',
  'npsPromoters',
  'npsDetractors',
  'availableSeconds',
  'busySeconds',
  'wrapStateSeconds',
  'auxSeconds',
  'qaEvaluations',
  'qaScoreSum',
  'qaCustomerCriticalFree',
  'forecastContacts',
  'forecastWorkloadSeconds',
  'forecastedIntervals',
  'volumeForecastAbsError',
  'volumeForecastActual',
  'ahtForecastAbsErrorSeconds',
  'ahtForecastActualSeconds',
  'intervalsWithOutcomes',
  'intervalsMeetingServiceLevel',
  'scheduledSeconds',
  'leaveSeconds',
  'adherentSeconds',
  'onQueueScheduledSeconds',
  'plannedShrinkageSeconds',
  'unplannedShrinkageSeconds',
  'unplannedAbsenceSeconds',
  'employedSeconds',
  'leavers',
  'voluntaryLeavers',
  'hires',
  'earlyLeavers',
  'forecastedMinutes',
  'halfHourFirstOffers',
  'hourFirstOffers',
  'halfHourHandled',
  'hourHandled',
  'halfHourHandleSeconds',
  'hourHandleSeconds',
  'ahtForecastHandled',
];

const contactArb = fc.record({
  queue: fc.constantFrom('q1', 'q2'),
  channel: fc.constantFrom('voice' as const, 'chat' as const),
  customer: fc.constantFrom('k0', 'k1', 'k2', 'k3', 'k4', 'k5'),
  offerAt: fc.integer({ min: 0, max: SPAN_S }),
  viaTransfer: fc.boolean(),
  outcome: fc.oneof(
    fc.record({ kind: fc.constant('answered' as const), wait: fc.integer({ min: 0, max: 120 }) }),
    fc.record({ kind: fc.constant('abandoned' as const), wait: fc.integer({ min: 0, max: 120 }), callback: fc.boolean() }),
    fc.constant({ kind: 'none' as const }),
  ),
  // Handling may be stamped before the answer: out-of-order sources exist.
  endOffset: fc.integer({ min: -60, max: 1800 }),
  talk: fc.integer({ min: 0, max: 900 }),
  hold: fc.integer({ min: 0, max: 120 }),
  wrap: fc.integer({ min: 0, max: 300 }),
  resolved: fc.option(fc.boolean(), { nil: undefined }),
  transferred: fc.boolean(),
  survey: fc.option(
    fc.record({
      csat: fc.integer({ min: 1, max: 5 }),
      nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      delay: fc.integer({ min: 0, max: 86_400 }),
    }),
    {
      nil: undefined,
    },
  ),
});

const stateArb = fc.record({
  agent: fc.constantFrom('a0', 'a1', 'a2'),
  // Within the agents' 24 h horizon, so every late state can still be placed.
  at: fc.integer({ min: 0, max: 20 * 3600 }),
  state: fc.constantFrom('available' as const, 'busy' as const, 'wrap_up' as const, 'aux' as const, 'offline' as const),
});

const qaArb = fc.record({
  evaluation: fc.constantFrom('e0', 'e1', 'e2', 'e3'),
  at: fc.integer({ min: 0, max: SPAN_S }),
  score: fc.integer({ min: 0, max: 100 }),
  customerErrors: fc.integer({ min: 0, max: 2 }),
  calibration: fc.boolean(),
});

const forecastArb = fc.record({
  queue: fc.constantFrom('q1', 'q2'),
  channel: fc.constantFrom('voice' as const, 'chat' as const),
  kind: fc.constantFrom('schedule' as const, 'intraday' as const),
  publishedAt: fc.integer({ min: -7200, max: SPAN_S }),
  minutes: fc.constantFrom(15 as const, 30 as const),
  intervals: fc.array(
    fc.record({ slot: fc.integer({ min: 0, max: 12 }), contacts: fc.integer({ min: 1, max: 40 }), aht: fc.integer({ min: 60, max: 600 }) }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
});

// Team plans over the agents' first 20 h, republished and overlapping, 15- or 30-minute intervals.
const scheduleArb = fc.record({
  team: fc.constantFrom('tA', 'tB'),
  publishedAt: fc.integer({ min: -7200, max: SPAN_S }),
  minutes: fc.constantFrom(15 as const, 30 as const),
  first: fc.integer({ min: 0, max: 36 }),
  length: fc.integer({ min: 1, max: 4 }),
  entries: fc.array(
    fc.record({
      agent: fc.constantFrom('a0', 'a1', 'a2'),
      offset: fc.integer({ min: 0, max: 3 }),
      activity: fc.constantFrom(
        'available' as const,
        'break' as const,
        'lunch' as const,
        'training' as const,
        'leave' as const,
        'offline' as const,
      ),
    }),
    { maxLength: 8 },
  ),
});

const hrArb = fc.record({
  agent: fc.constantFrom('a0', 'a1', 'a2'),
  at: fc.integer({ min: 0, max: 20 * 3600 }),
  // Recorded before it takes effect, sometimes (a leaver registered in advance).
  effectiveDelay: fc.option(fc.integer({ min: 0, max: 4 * 3600 }), { nil: undefined }),
  change: fc.constantFrom('hired' as const, 'left' as const, 'absent' as const, 'returned' as const, 'team_changed' as const),
  absence: fc.constantFrom('planned' as const, 'unplanned' as const),
  voluntary: fc.boolean(),
});

const worldArb = fc.record({
  schedules: fc.array(scheduleArb, { maxLength: 4 }),
  hr: fc.array(hrArb, { maxLength: 6 }),
  contacts: fc.array(contactArb, { maxLength: 40 }),
  states: fc.array(stateArb, { maxLength: 25 }),
  evaluations: fc.array(qaArb, { maxLength: 10 }),
  forecasts: fc.array(forecastArb, { maxLength: 4 }),
});

type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

function eventsOf(world: World): VahtiEvent[] {
  const { makeEvent } = createEventFactory({ tenantid: 't1', seed: 'prop' });
  const events: VahtiEvent[] = [];
  world.contacts.forEach((c, i) => {
    const id = `c${i}`;
    const base = { contactId: id, queueId: c.queue, channel: c.channel, customerId: c.customer, teamId: undefined };
    events.push(
      makeEvent('io.vahti.contact.offered.v1', {
        time: iso(c.offerAt),
        data: { ...base, viaTransfer: c.viaTransfer, contactReason: undefined },
      }),
    );
    if (c.outcome.kind === 'answered') {
      events.push(
        makeEvent('io.vahti.contact.answered.v1', {
          time: iso(c.offerAt + c.outcome.wait),
          data: { ...base, agentId: 'a0', waitSeconds: c.outcome.wait },
        }),
      );
      events.push(
        makeEvent('io.vahti.contact.ended.v1', {
          time: iso(Math.max(0, c.offerAt + c.outcome.wait + c.endOffset)),
          data: {
            ...base,
            agentId: 'a0',
            talkSeconds: c.talk,
            holdSeconds: c.hold,
            wrapUpSeconds: c.wrap,
            resolved: c.resolved,
            contactReason: undefined,
            disposition: undefined,
          },
        }),
      );
      if (c.transferred) {
        events.push(
          makeEvent('io.vahti.contact.transferred.v1', { time: iso(c.offerAt + c.outcome.wait + 30), data: { ...base, agentId: 'a0' } }),
        );
      }
      if (c.survey !== undefined) {
        events.push(
          makeEvent('io.vahti.survey.responded.v1', {
            time: iso(c.offerAt + c.survey.delay),
            data: { ...base, agentId: 'a0', csat: c.survey.csat, nps: c.survey.nps, ces: undefined, firstContactResolved: undefined },
          }),
        );
      }
    } else if (c.outcome.kind === 'abandoned') {
      events.push(
        makeEvent('io.vahti.contact.abandoned.v1', {
          time: iso(c.offerAt + c.outcome.wait),
          data: { ...base, agentId: undefined, waitSeconds: c.outcome.wait, callbackRequested: c.outcome.callback },
        }),
      );
    }
  });
  for (const s of world.states) {
    events.push(
      makeEvent('io.vahti.agent.state_changed.v1', {
        time: iso(s.at),
        data: {
          agentId: s.agent,
          teamId: undefined,
          state: s.state,
          auxReason: s.state === 'aux' ? 'break' : undefined,
          contactId: undefined,
        },
      }),
    );
  }
  for (const q of world.evaluations) {
    events.push(
      makeEvent('io.vahti.qa.evaluated.v1', {
        time: iso(q.at),
        data: {
          evaluationId: q.evaluation,
          agentId: 'a1',
          teamId: undefined,
          queueId: 'q1',
          channel: 'voice',
          score: q.score,
          customerCriticalErrors: q.customerErrors,
          calibration: q.calibration,
        },
      }),
    );
  }
  for (const p of world.schedules) {
    const step = p.minutes * 60;
    const start = p.first * step;
    const seen = new Set<string>();
    const entries = p.entries
      .filter((x) => x.offset < p.length && !seen.has(`${x.agent}|${x.offset}`) && seen.add(`${x.agent}|${x.offset}`))
      .map((x) => ({ agentId: x.agent, intervalStart: iso(start + x.offset * step), activity: x.activity }));
    if (entries.length === 0) {
      continue;
    }
    events.push(
      makeEvent('io.vahti.schedule.published.v1', {
        time: iso(p.publishedAt),
        data: {
          scheduleId: `s-${p.team}`,
          teamId: p.team,
          periodStart: iso(start),
          periodEnd: iso(start + p.length * step),
          intervalMinutes: p.minutes,
          entries,
        },
      }),
    );
  }
  for (const h of world.hr) {
    events.push(
      makeEvent('io.vahti.employee.changed.v1', {
        time: iso(h.at),
        data: {
          agentId: h.agent,
          teamId: undefined,
          change: h.change,
          effectiveAt: h.effectiveDelay === undefined ? undefined : iso(h.at + h.effectiveDelay),
          absence: h.change === 'absent' ? h.absence : undefined,
          separation: h.change === 'left' ? (h.voluntary ? 'voluntary' : 'involuntary') : undefined,
        },
      }),
    );
  }
  for (const f of world.forecasts) {
    const step = f.minutes * 60;
    const slots = [...new Set(f.intervals.map((i) => i.slot))];
    events.push(
      makeEvent('io.vahti.forecast.published.v1', {
        time: iso(f.publishedAt),
        data: {
          queueId: f.queue,
          channel: f.channel,
          kind: f.kind,
          intervalMinutes: f.minutes,
          intervals: slots.map((slot) => {
            const spec = f.intervals.find((i) => i.slot === slot) as (typeof f.intervals)[number];
            return { intervalStart: iso(slot * step), contacts: spec.contacts, ahtSeconds: spec.aht };
          }),
        },
      }),
    );
  }
  return events;
}

function incrementalCounters(events: readonly VahtiEvent[], order: readonly number[], cuts: readonly number[]): Map<string, KpiCounters> {
  const shuffled = order.map((i) => events[i] as VahtiEvent);
  const state = newState();
  let start = 0;
  for (const size of [...cuts, shuffled.length]) {
    applyBatch(state, shuffled.slice(start, start + size), SETTINGS);
    start += size;
  }
  const out = new Map<string, KpiCounters>();
  for (const [text, row] of state.rows) {
    const key = parseAggregateKey(text);
    if (key.dimension === 'all') {
      out.set(`${key.granularity}|${key.periodStart}|${key.queueId}|${key.channel}`, row.counters);
    }
  }
  return out;
}

describe('incremental aggregates equal a direct computation', () => {
  it('for random event sets, in any arrival order and batching', () => {
    fc.assert(
      fc.property(
        worldArb.chain((world) => {
          const events = eventsOf(world);
          const indexes = events.map((_, i) => i);
          return fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(indexes, { minLength: indexes.length, maxLength: indexes.length }),
            fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 10 }),
          );
        }),
        ([events, order, cuts]) => {
          const expected = directCounters(events, SETTINGS);
          const actual = incrementalCounters(events, order, cuts);
          for (const key of new Set([...expected.keys(), ...actual.keys()])) {
            const e = expected.get(key) ?? emptyCounters();
            const a = actual.get(key) ?? emptyCounters();
            for (const name of COMPARED) {
              if (Math.abs(a[name] - e[name]) > 1e-6 * Math.max(1, Math.abs(e[name]))) {
                throw new Error(`${key} ${name}: incremental ${a[name]} ≠ direct ${e[name]}`);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('merged wait sketches give the same percentiles as one sketch of all waits, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(contactArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 5 }),
        (contacts, cuts) => {
          const events = eventsOf({ contacts, states: [], evaluations: [], forecasts: [], schedules: [], hr: [] });
          const reversed = events.map((_, i) => events.length - 1 - i);
          const inOrder = newState();
          applyBatch(inOrder, events, SETTINGS);
          const state = newState();
          let start = 0;
          const shuffled = reversed.map((i) => events[i] as VahtiEvent);
          for (const size of [...cuts, shuffled.length]) {
            applyBatch(state, shuffled.slice(start, start + size), SETTINGS);
            start += size;
          }
          const direct = kpiInputOf(rowsOf(inOrder, 'day')).total.wait;
          const merged = kpiInputOf(rowsOf(state, 'interval')).total.wait;
          for (const q of [0.5, 0.9, 0.99]) {
            expect(merged === null ? null : waitQuantile(merged, q)).toBe(direct === null ? null : waitQuantile(direct, q));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
