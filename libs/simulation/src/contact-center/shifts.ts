// The agents' working day: unplanned absence drawn at the shift's start, log-on, hourly adherence
// redraws (and at adherence-fault boundaries), planned breaks and lunch taken on time or late/early
// depending on adherence, and log-off at the end (busy agents finish, and drain the queues, first).
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import type { SeededRandom } from '../random/seeded-random';
import type { TeamSpec } from '../scenario/scenario-schema';
import { planBreaks, type PlannedBreak } from './break-plan';
import type { ContactCenterModel } from './contact-center-model';
import type { EventWriter } from './event-writer';
import type { FaultSchedule } from './fault-schedule';
import type { Agent } from './model-types';
import { DAY, HOUR, type ScenarioCalendar } from './scenario-calendar';

const { max } = Math;
// A non-adherent agent starts and ends a break up to 3 min early or 10 min late (seconds).
const EARLY = 180;
const LATE = 600;
// Even an agent cutting a break short takes a minute of it.
const MIN_BREAK = 60;

/** A team and its agents, in agent-number order. */
export interface Team {
  readonly spec: TeamSpec;
  readonly agents: Agent[];
}

/** The shared pieces every team's shifts are scheduled with. */
export interface ShiftContext {
  readonly engine: DiscreteEventEngine;
  readonly model: ContactCenterModel;
  readonly writer: EventWriter;
  readonly calendar: ScenarioCalendar;
  readonly faults: FaultSchedule;
  readonly days: number;
  /** Hourly on-queue draws (the stream the simulator always had). */
  readonly adherence: SeededRandom;
  /** Break timing, drawn when the shift is scheduled. */
  readonly breaks: SeededRandom;
  readonly absence: SeededRandom;
}

/** Schedules every shift of `team` over the run. */
export function scheduleShifts(ctx: ShiftContext, team: Team): void {
  const { engine, model, calendar, faults } = ctx;
  const faultTimes = faults.adherenceBoundaries(team.spec.id);
  const redraw = (first: boolean): void => {
    if (first) {
      drawAbsence(ctx, team);
    }
    const adherence = faults.adherence(engine.now, team.spec.id, team.spec.adherence);
    for (const agent of team.agents) {
      // Drawn for absent agents too, so absence leaves the adherence stream as it was.
      agent.wantsAux = !ctx.adherence.chance(adherence);
      if (agent.absent) {
        continue;
      }
      agent.onShift = true;
      if (agent.state === 'available' || agent.state === 'aux' || (first && agent.state === 'offline')) {
        model.release(agent);
      }
    }
  };
  for (let day = 0; day < ctx.days; day += 1) {
    const shift = calendar.shift(team.spec, day);
    if (shift === undefined) {
      continue;
    }
    const open = day * DAY + shift.open * HOUR;
    const close = day * DAY + shift.close * HOUR;
    const hours = Array.from({ length: shift.close - shift.open }, (_, i) => open + i * HOUR);
    const times = [...new Set([...hours, ...faultTimes.filter((t) => t > open && t < close)])].sort((a, b) => a - b);
    for (const time of times) {
      engine.schedule(time, () => redraw(time === open));
    }
    team.agents.forEach((agent, i) => {
      for (const planned of planBreaks(team.spec, shift, i)) {
        scheduleBreak(ctx, team, agent, planned, day);
      }
    });
    engine.schedule(close, () => {
      for (const agent of team.agents) {
        agent.onShift = false;
        agent.wantsAux = false;
        agent.plannedAux = null;
        if (agent.state === 'available' || agent.state === 'aux') {
          model.setState(agent, 'offline');
        }
      }
    });
  }
}

// On time with the team's adherence at the planned start, else shifted early or late at both ends.
function scheduleBreak(ctx: ShiftContext, team: Team, agent: Agent, planned: PlannedBreak, day: number): void {
  const { engine, model, faults, breaks } = ctx;
  let start = day * DAY + planned.start;
  let end = day * DAY + planned.end;
  if (!breaks.chance(faults.adherence(start, team.spec.id, team.spec.adherence))) {
    start += breaks.int(-EARLY, LATE);
    end = max(start + MIN_BREAK, end + breaks.int(-EARLY, LATE));
  }
  engine.schedule(start, () => {
    if (!agent.onShift) {
      return;
    }
    agent.plannedAux = planned.activity;
    // A busy agent goes on break when the contact is done (release sees plannedAux).
    if (agent.state === 'available' || agent.state === 'aux') {
      model.release(agent);
    }
  });
  engine.schedule(end, () => {
    if (agent.plannedAux !== planned.activity) {
      return;
    }
    agent.plannedAux = null;
    if (agent.state === 'aux') {
      model.release(agent);
    }
  });
}

// Each agent is absent for the day with the team's rate; the first day back reports the return.
function drawAbsence(ctx: ShiftContext, team: Team): void {
  const rate = team.spec.absenceRate ?? 0;
  for (const agent of team.agents) {
    const absent = rate > 0 && ctx.absence.chance(rate);
    if (absent !== agent.absent) {
      ctx.writer.emit('io.vahti.employee.changed.v1', ctx.engine.now, {
        agentId: agent.id,
        teamId: team.spec.id,
        ...(absent ? { change: 'absent' as const, absence: 'unplanned' as const } : { change: 'returned' as const }),
      });
    }
    agent.absent = absent;
  }
}
