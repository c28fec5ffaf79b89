// The test oracle: counters computed directly from the full list of raw events, sorted, with no
// incremental machinery. Written independently of libs/kpi/src/apply so the property spec compares
// two implementations, not one with itself.
import type { VahtiEvent } from '@vahti/contracts';
import { addWorkforceCounters } from './direct-workforce';
import { tieKey, emptyCounters, INTERVAL_MS, type KpiCounters, type EvaluationSettings, DAY_MS } from '@vahti/kpi';

type Key = string; // granularity|period|queue|channel

const keyOf = (granularity: 'interval' | 'day', ms: number, queue: string, channel: string): Key =>
  `${granularity}|${ms - (ms % (granularity === 'interval' ? INTERVAL_MS : DAY_MS))}|${queue}|${channel}`;

/** Counters of every (granularity, period, queue, channel) with dimension `all`. */
export function directCounters(events: readonly VahtiEvent[], settings: EvaluationSettings): Map<Key, KpiCounters> {
  const out = new Map<Key, KpiCounters>();
  const add = (ms: number, queue: string, channel: string, name: keyof KpiCounters, value: number): void => {
    for (const g of ['interval', 'day'] as const) {
      const key = keyOf(g, ms, queue, channel);
      const c = out.get(key) ?? emptyCounters();
      c[name] += value;
      out.set(key, c);
    }
  };
  const firstOffersByCustomer = new Map<string, Array<{ at: number; id: string; queue: string; channel: string }>>();
  const agentStates = new Map<string, Array<{ at: number; tie: string; state: string }>>();
  const evaluations = new Map<string, { at: number; id: string; event: Extract<VahtiEvent, { type: 'io.vahti.qa.evaluated.v1' }> }>();
  const slots = new Map<
    string,
    { published: number; id: string; queue: string; channel: string; start: number; minutes: number; contacts: number; aht: number }
  >();
  // Actuals per UTC half hour and hour, on the row where the block starts.
  const addBlocks = (ms: number, queue: string, channel: string, names: [keyof KpiCounters, keyof KpiCounters], value: number): void => {
    add(ms - (ms % 1_800_000), queue, channel, names[0], value);
    add(ms - (ms % 3_600_000), queue, channel, names[1], value);
  };

  for (const e of events) {
    const at = Date.parse(e.time);
    switch (e.type) {
      case 'io.vahti.contact.offered.v1': {
        const d = e.data;
        add(at, d.queueId, d.channel, 'offers', 1);
        if (d.viaTransfer !== true) {
          add(at, d.queueId, d.channel, 'firstOffers', 1);
          addBlocks(at, d.queueId, d.channel, ['halfHourFirstOffers', 'hourFirstOffers'], 1);
          const list = firstOffersByCustomer.get(d.customerId) ?? [];
          list.push({ at, id: d.contactId, queue: d.queueId, channel: d.channel });
          firstOffersByCustomer.set(d.customerId, list);
        }
        break;
      }
      case 'io.vahti.contact.answered.v1': {
        const d = e.data;
        const t = settings.queue(e.tenantid, d.queueId, d.channel).serviceLevelSeconds;
        add(at, d.queueId, d.channel, 'answered', 1);
        add(at, d.queueId, d.channel, 'answeredWithinThreshold', d.waitSeconds <= t ? 1 : 0);
        add(at, d.queueId, d.channel, 'answerWaitSeconds', d.waitSeconds);
        break;
      }
      case 'io.vahti.contact.abandoned.v1': {
        const d = e.data;
        if (d.callbackRequested === true) {
          add(at, d.queueId, d.channel, 'callbacksRequested', 1);
        } else {
          const s = settings.queue(e.tenantid, d.queueId, d.channel).shortAbandonSeconds;
          add(at, d.queueId, d.channel, 'abandoned', 1);
          add(at, d.queueId, d.channel, 'shortAbandoned', d.waitSeconds <= s ? 1 : 0);
          add(at, d.queueId, d.channel, 'abandonWaitSeconds', d.waitSeconds);
        }
        break;
      }
      case 'io.vahti.contact.transferred.v1':
        add(at, e.data.queueId, e.data.channel, 'transfers', 1);
        break;
      case 'io.vahti.contact.ended.v1': {
        const d = e.data;
        add(at, d.queueId, d.channel, 'handled', 1);
        add(at, d.queueId, d.channel, 'talkSeconds', d.talkSeconds);
        add(at, d.queueId, d.channel, 'holdSeconds', d.holdSeconds);
        add(at, d.queueId, d.channel, 'wrapUpSeconds', d.wrapUpSeconds);
        add(at, d.queueId, d.channel, 'resolvedReported', d.resolved === true ? 1 : 0);
        addBlocks(at, d.queueId, d.channel, ['halfHourHandled', 'hourHandled'], 1);
        addBlocks(
          at,
          d.queueId,
          d.channel,
          ['halfHourHandleSeconds', 'hourHandleSeconds'],
          d.talkSeconds + d.holdSeconds + d.wrapUpSeconds,
        );
        break;
      }
      case 'io.vahti.survey.responded.v1': {
        const d = e.data;
        const q = d.queueId ?? '*';
        const ch = d.channel ?? '*';
        add(at, q, ch, 'surveys', 1);
        if (d.csat !== undefined) {
          add(at, q, ch, 'csatResponses', 1);
          add(at, q, ch, 'csatTop2', d.csat >= 4 ? 1 : 0);
        }
        if (d.nps !== undefined) {
          add(at, q, ch, 'npsResponses', 1);
          add(at, q, ch, 'npsPromoters', d.nps >= 9 ? 1 : 0);
          add(at, q, ch, 'npsDetractors', d.nps <= 6 ? 1 : 0);
        }
        break;
      }
      case 'io.vahti.agent.state_changed.v1': {
        const list = agentStates.get(e.data.agentId) ?? [];
        list.push({ at, tie: tieKey(e.source, e.id), state: e.data.state });
        agentStates.set(e.data.agentId, list);
        break;
      }
      case 'io.vahti.qa.evaluated.v1': {
        const current = evaluations.get(e.data.evaluationId);
        if (current === undefined || at > current.at || (at === current.at && e.id > current.id)) {
          evaluations.set(e.data.evaluationId, { at, id: e.id, event: e });
        }
        break;
      }
      case 'io.vahti.forecast.published.v1': {
        const d = e.data;
        if (d.kind !== 'schedule') {
          break;
        }
        // One slot per forecast interval, at its own length (the generated ones are aligned to it).
        for (const i of d.intervals) {
          const start = Date.parse(i.intervalStart);
          const key = `${d.queueId}|${d.channel}|${start}`;
          const current = slots.get(key);
          if (current === undefined || at > current.published || (at === current.published && e.id > current.id)) {
            slots.set(key, {
              published: at,
              id: e.id,
              queue: d.queueId,
              channel: d.channel,
              start,
              minutes: d.intervalMinutes,
              contacts: i.contacts,
              aht: i.ahtSeconds,
            });
          }
        }
        break;
      }
      case 'io.vahti.selfservice.completed.v1':
      case 'io.vahti.schedule.published.v1':
      case 'io.vahti.employee.changed.v1':
        break;
    }
  }
  addWorkforceCounters(events, (ms, name, value) => add(ms, '*', '*', name, value), latestIntervalStart(events));

  // W is the window of the contact judged: its queue and channel.
  for (const list of firstOffersByCustomer.values()) {
    list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    list.forEach((c, i) => {
      const previous = list[i - 1];
      const window = settings.queue('t1', c.queue, c.channel).repeatWindowHours * 3_600_000;
      if (previous !== undefined && c.at - previous.at <= window) {
        add(c.at, c.queue, c.channel, 'repeatContacts', 1);
      }
    });
  }
  const stateCounter: Record<string, keyof KpiCounters | undefined> = {
    available: 'availableSeconds',
    busy: 'busySeconds',
    wrap_up: 'wrapStateSeconds',
    aux: 'auxSeconds',
  };
  // The latest state of each agent counts up to the start of the interval of the newest event
  // (the events here are one tenant's), when that is later.
  const coverEnd = latestIntervalStart(events);
  for (const list of agentStates.values()) {
    list.sort((a, b) => a.at - b.at || (a.tie < b.tie ? -1 : 1));
    list.forEach((s, i) => {
      const next = list[i + 1];
      const counter = stateCounter[s.state];
      const until = next?.at ?? coverEnd;
      if (counter === undefined || until <= s.at) {
        return;
      }
      const end = Math.min(until, s.at + 12 * 3_600_000);
      for (let t = s.at; t < end;) {
        const boundary = Math.min(end, t - (t % INTERVAL_MS) + INTERVAL_MS);
        add(t, '*', '*', counter, (boundary - t) / 1000);
        t = boundary;
      }
    });
  }
  for (const { event: e, at } of evaluations.values()) {
    const d = e.data;
    if (d.calibration !== true) {
      add(at, d.queueId ?? '*', d.channel ?? '*', 'qaEvaluations', 1);
      add(at, d.queueId ?? '*', d.channel ?? '*', 'qaScoreSum', d.score);
      add(at, d.queueId ?? '*', d.channel ?? '*', 'qaCustomerCriticalFree', d.customerCriticalErrors === 0 ? 1 : 0);
    }
  }
  for (const s of slots.values()) {
    add(s.start, s.queue, s.channel, 'forecastContacts', s.contacts);
    add(s.start, s.queue, s.channel, 'forecastWorkloadSeconds', s.contacts * s.aht);
    add(s.start, s.queue, s.channel, 'forecastedIntervals', 1);
    add(s.start, s.queue, s.channel, 'forecastedMinutes', s.minutes);
  }
  addPerIntervalTerms(out, settings);
  return out;
}

/** The start of the 15-minute interval the newest event falls in. */
export function latestIntervalStart(events: readonly VahtiEvent[]): number {
  const newest = Math.max(...events.map((e) => Date.parse(e.time)));
  return newest - (newest % INTERVAL_MS);
}

function addPerIntervalTerms(out: Map<Key, KpiCounters>, settings: EvaluationSettings): void {
  for (const [key, c] of [...out]) {
    const [granularity, period, queue, channel] = key.split('|') as [string, string, string, string];
    if (granularity !== 'interval' || queue === '*') {
      continue;
    }
    const terms: Partial<KpiCounters> = {};
    const outcomes = c.answered + c.abandoned - c.shortAbandoned;
    if (c.forecastedIntervals > 0) {
      // Actuals over the forecast interval's own length: the 15-minute rows it covers, summed.
      let offers = 0;
      let handled = 0;
      let handle = 0;
      for (let t = Number(period); t < Number(period) + c.forecastedMinutes * 60_000; t += INTERVAL_MS) {
        const row = out.get(`interval|${t}|${queue}|${channel}`);
        offers += row?.firstOffers ?? 0;
        handled += row?.handled ?? 0;
        handle += row === undefined ? 0 : row.talkSeconds + row.holdSeconds + row.wrapUpSeconds;
      }
      terms.volumeForecastAbsError = Math.abs(offers - c.forecastContacts);
      terms.volumeForecastActual = offers;
      if (handled > 0) {
        terms.ahtForecastAbsErrorSeconds = Math.abs(handle - (c.forecastWorkloadSeconds / c.forecastContacts) * handled);
        terms.ahtForecastActualSeconds = handle;
        terms.ahtForecastHandled = handled;
      }
    }
    if (outcomes > 0) {
      terms.intervalsWithOutcomes = 1;
      const target = settings.queue('t1', queue, channel).serviceLevelTarget;
      terms.intervalsMeetingServiceLevel = c.answeredWithinThreshold / outcomes >= target ? 1 : 0;
    }
    const day = out.get(`day|${Number(period) - (Number(period) % DAY_MS)}|${queue}|${channel}`) as KpiCounters;
    for (const [name, value] of Object.entries(terms) as Array<[keyof KpiCounters, number]>) {
      c[name] += value;
      day[name] += value;
    }
  }
}
