// One run of a scenario: builds the model, schedules arrivals, shifts (see shifts.ts) and the
// WFM publications, runs the engine to the end and returns the events in time order with the
// ground truth of the injected faults.
import type { VahtiEvent } from '@vahti/contracts';
import { DiscreteEventEngine } from '../engine/discrete-event-engine';
import { sampleExponential } from '../random/distributions';
import { deriveSeed, seededRandom, type SeededRandom } from '../random/seeded-random';
import { simulationEpochMs } from '../scenario/fault-time';
import { scenarioFingerprint } from '../scenario/scenario-fingerprint';
import type { ReasonSpec, Scenario, TeamSpec } from '../scenario/scenario-schema';
import { scheduleArrivalStream } from './arrivals';
import { ContactCenterModel } from './contact-center-model';
import { EventWriter, type EventSink } from './event-writer';
import { FaultSchedule } from './fault-schedule';
import { groundTruthOf, type GroundTruth } from './ground-truth';
import type { Agent, Contact, QueueState } from './model-types';
import { publishForecast, publishSchedule } from './planning-events';
import { DAY, HOUR, ScenarioCalendar } from './scenario-calendar';
import { scheduleShifts, type Team } from './shifts';

// Independent random streams (see deriveSeed); arrival streams are numbered from ARRIVAL_STREAMS.
const STREAM = {
  handle: 1,
  patience: 2,
  routing: 3,
  outcomes: 4,
  adherence: 5,
  forecast: 6,
  repeat: 7,
  breaks: 8,
  absence: 9,
  callback: 10,
  transfer: 11,
} as const;
const ARRIVAL_STREAMS = 1000;

/** The events and ground truth of one run. */
export interface ContactCenterRun {
  /** Contract-v1 events in time order (ties in the order they happened). */
  readonly events: readonly VahtiEvent[];
  readonly groundTruth: GroundTruth;
}

/** Simulates a validated scenario: its events in time order and the ground truth of its faults. */
export function simulateContactCenter(scenario: Scenario): ContactCenterRun {
  const events: VahtiEvent[] = [];
  const groundTruth = streamContactCenter(scenario, (event) => events.push(event));
  return { events, groundTruth };
}

/**
 * Simulates a validated scenario, handing each event to `sink` as it happens (in time order), so
 * a long run can be written out without holding it in memory; returns the ground truth.
 */
export function streamContactCenter(scenario: Scenario, sink: EventSink): GroundTruth {
  const run = prepareContactCenter(scenario, sink);
  run.engine.runUntilIdle();
  return run.groundTruth;
}

/** A scenario's model, built and scheduled on its own engine but not yet run. */
export interface PreparedContactCenter {
  readonly engine: DiscreteEventEngine;
  /** Epoch milliseconds of the engine's second 0. */
  readonly epochMs: number;
  /** The ground truth so far: read it after the engine has run for each fault's `observableFrom`. */
  readonly groundTruth: GroundTruth;
}

/** Builds a scenario's model and schedules its arrivals, shifts and publications; stepping the engine runs it. */
export function prepareContactCenter(scenario: Scenario, sink: EventSink): PreparedContactCenter {
  const stream = (n: number): SeededRandom => seededRandom(deriveSeed(scenario.seed, n));
  const epochMs = simulationEpochMs(scenario);
  const end = scenario.days * DAY;
  const engine = new DiscreteEventEngine(0);
  const run = scenarioFingerprint(scenario);
  const writer = new EventWriter(scenario.tenant, run, epochMs, sink);
  const calendar = new ScenarioCalendar(scenario);
  const faults = new FaultSchedule(scenario);
  const queues: QueueState[] = scenario.queues.map((spec, index) => ({ index, spec, waiting: [], head: 0, agents: [] }));
  const teams = scenario.teams.map((team) => buildTeam(team, queues));
  for (const queue of queues) {
    queue.agents.push(...teams.flatMap((t) => t.agents.filter((a) => a.skills.includes(queue))));
  }
  const reasons = new Map(scenario.contactReasons.map((r) => [r.id, r]));
  const repeatRandom = stream(STREAM.repeat);
  const model = new ContactCenterModel(
    scenario,
    engine,
    writer,
    faults,
    {
      handle: stream(STREAM.handle),
      patience: stream(STREAM.patience),
      routing: stream(STREAM.routing),
      outcomes: stream(STREAM.outcomes),
      callback: stream(STREAM.callback),
      transfer: stream(STREAM.transfer),
    },
    queues,
    (contact: Contact) => {
      const at = engine.now + sampleExponential(repeatRandom, 1 / (scenario.repeatContact.meanDelayHours * HOUR));
      const open = calendar.nextOpen(contact.home.index, at);
      if (open !== undefined && open < end) {
        engine.schedule(open, () => model.arrive(contact.home, contact.reason, contact.customerId));
      }
    },
    (queue, at, action) => {
      const open = calendar.nextOpen(queue.index, at);
      if (open !== undefined && open < end) {
        engine.schedule(open, action);
      }
    },
  );

  const forecastRandom = stream(STREAM.forecast);
  for (let day = 0; day < scenario.days; day += 1) {
    engine.schedule(day * DAY, () => {
      queues.forEach((q) => publishForecast(writer, calendar, scenario, q.index, day, forecastRandom));
      teams.forEach((t) =>
        publishSchedule(
          writer,
          calendar,
          scenario,
          t.spec,
          t.agents.map((a) => a.id),
          day,
        ),
      );
    });
  }
  const shifts = {
    engine,
    model,
    writer,
    calendar,
    faults,
    days: scenario.days,
    adherence: stream(STREAM.adherence),
    breaks: stream(STREAM.breaks),
    absence: stream(STREAM.absence),
  };
  for (const team of teams) {
    scheduleShifts(shifts, team);
  }
  queues.forEach((queue) => {
    queue.spec.reasonMix.forEach((share, r) => {
      const reason = reasons.get(share.reason) as ReasonSpec;
      const total = queue.spec.reasonMix.reduce((sum, s) => sum + s.weight, 0);
      const key = { queueId: queue.spec.id, contactReason: reason.id };
      scheduleArrivalStream(
        engine,
        {
          rateAt: (t) => {
            const base = (calendar.volumeInHour(queue.index, t) * share.weight) / total / HOUR;
            // A closed queue's zero rate is not a fault's effect (FaultSchedule.firstAppliedAt).
            return base === 0 ? 0 : base * faults.factor('volume', t, key);
          },
          boundaries: faults.volumeBoundaries(key),
          until: end,
          random: stream(ARRIVAL_STREAMS + queue.index * 256 + r),
        },
        () => model.arrive(queue, reason),
      );
    });
  });
  return {
    engine,
    epochMs,
    // Read after the run: when each fault first took effect is known only once the engine has stepped.
    get groundTruth() {
      return groundTruthOf(scenario.tenant, `/sim/${scenario.tenant}/${run}`, faults, epochMs);
    },
  };
}

function buildTeam(spec: TeamSpec, queues: readonly QueueState[]): Team {
  const skills = queues.filter((q) => spec.skills.includes(q.spec.id));
  const agents = Array.from({ length: spec.agents }, (_, i): Agent => ({
    id: `${spec.id}-${String(i + 1).padStart(3, '0')}`,
    team: spec,
    skills,
    state: 'offline',
    onShift: false,
    wantsAux: false,
    plannedAux: null,
    auxReason: null,
    absent: false,
  }));
  return { spec, agents };
}
