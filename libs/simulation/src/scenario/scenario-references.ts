// Checks a schema cannot express: ids that must be declared elsewhere in the scenario, fault
// changes that fit their parameter, and fault times inside the simulated period.
import { FAULT_PARAMETERS, type FaultSpec } from './fault-schema';
import { faultStartSeconds } from './fault-time';
import type { ScenarioProblem } from './scenario-error';
import type { Scenario } from './scenario-schema';

/** Every cross-reference problem of a schema-valid scenario (empty when there is none). */
export function checkScenarioReferences(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const queues = new Set(scenario.queues.map((q) => q.id));
  const reasons = new Set(scenario.contactReasons.map((r) => r.id));
  const teams = new Set(scenario.teams.map((t) => t.id));
  const known = (set: Set<string>, what: string, value: string, pointer: string): void => {
    if (!set.has(value)) {
      problems.push({ pointer, message: `names unknown ${what} ${JSON.stringify(value)} (declared: ${[...set].join(', ')})` });
    }
  };
  duplicates(scenario.queues, '/queues', problems);
  duplicates(scenario.contactReasons, '/contactReasons', problems);
  duplicates(scenario.teams, '/teams', problems);
  duplicates(scenario.faults ?? [], '/faults', problems);
  scenario.queues.forEach((queue, q) => {
    queue.reasonMix.forEach((share, i) => known(reasons, 'contact reason', share.reason, `/queues/${q}/reasonMix/${i}/reason`));
    if (!queue.reasonMix.some((share) => share.weight > 0)) {
      problems.push({ pointer: `/queues/${q}/reasonMix`, message: 'needs at least one positive weight' });
    }
    // Callback contacts carry a promise (callbackDueAt) that only a callback request can give.
    if (queue.channel === 'callback' && queue.volumePerDay > 0) {
      problems.push({ pointer: `/queues/${q}/volumePerDay`, message: 'must be 0 on a callback queue (it only gets callback requests)' });
    }
    if (queue.callback !== undefined) {
      const target = scenario.queues.find((other) => other.id === queue.callback?.queueId);
      known(queues, 'queue', queue.callback.queueId, `/queues/${q}/callback/queueId`);
      if (target !== undefined && (target.channel !== 'callback' || queue.channel === 'callback')) {
        problems.push({
          pointer: `/queues/${q}/callback/queueId`,
          message: 'must name a queue with channel "callback" (and not be set on one)',
        });
      }
    }
    for (const [day, hours] of Object.entries(queue.openingHours)) {
      if (hours !== undefined && hours.close <= hours.open) {
        problems.push({ pointer: `/queues/${q}/openingHours/${day}/close`, message: `must be after open (${hours.open})` });
      }
    }
  });
  scenario.contactReasons.forEach((reason, r) => {
    if (reason.transfer !== undefined) {
      known(queues, 'queue', reason.transfer.toQueueId, `/contactReasons/${r}/transfer/toQueueId`);
      notCallback(scenario, reason.transfer.toQueueId, `/contactReasons/${r}/transfer/toQueueId`, problems);
    }
  });
  scenario.teams.forEach((team, t) => team.skills.forEach((skill, i) => known(queues, 'queue', skill, `/teams/${t}/skills/${i}`)));
  scenario.queues.forEach((queue, q) => {
    if (!scenario.teams.some((team) => team.skills.includes(queue.id))) {
      problems.push({ pointer: `/queues/${q}/id`, message: `no team has skill ${JSON.stringify(queue.id)}` });
    }
  });
  (scenario.faults ?? []).forEach((fault, f) => checkFault(fault, `/faults/${f}`, scenario, { queues, reasons, teams, known }, problems));
  return problems;
}

interface Known {
  readonly queues: Set<string>;
  readonly reasons: Set<string>;
  readonly teams: Set<string>;
  readonly known: (set: Set<string>, what: string, value: string, pointer: string) => void;
}

function checkFault(fault: FaultSpec, at: string, scenario: Scenario, k: Known, problems: ScenarioProblem[]): void {
  const { segment, change } = fault;
  if (segment.queueId !== undefined) {
    k.known(k.queues, 'queue', segment.queueId, `${at}/segment/queueId`);
  }
  if (segment.contactReason !== undefined) {
    k.known(k.reasons, 'contact reason', segment.contactReason, `${at}/segment/contactReason`);
  }
  if (segment.teamId !== undefined) {
    k.known(k.teams, 'team', segment.teamId, `${at}/segment/teamId`);
  }
  const mode = FAULT_PARAMETERS[change.parameter];
  const other = mode === 'multiply' ? 'set' : 'multiply';
  if (change[mode] === undefined) {
    problems.push({ pointer: `${at}/change/${mode}`, message: `is required for parameter ${change.parameter}` });
  }
  if (change[other] !== undefined) {
    problems.push({ pointer: `${at}/change/${other}`, message: `is not allowed for parameter ${change.parameter} (use ${mode})` });
  }
  if (change.parameter === 'misrouting') {
    if (change.toQueueId === undefined) {
      problems.push({ pointer: `${at}/change/toQueueId`, message: 'is required for parameter misrouting' });
    } else {
      k.known(k.queues, 'queue', change.toQueueId, `${at}/change/toQueueId`);
      notCallback(scenario, change.toQueueId, `${at}/change/toQueueId`, problems);
    }
  } else if (change.toQueueId !== undefined) {
    problems.push({ pointer: `${at}/change/toQueueId`, message: 'is only allowed for parameter misrouting' });
  }
  if (change.parameter === 'adherence' && (segment.queueId !== undefined || segment.contactReason !== undefined)) {
    problems.push({ pointer: `${at}/segment`, message: 'adherence applies to teams: only teamId is allowed' });
  }
  if ((change.parameter === 'volume' || change.parameter === 'misrouting') && segment.teamId !== undefined) {
    problems.push({
      pointer: `${at}/segment/teamId`,
      message: `is not allowed for parameter ${change.parameter} (arrivals have no team yet)`,
    });
  }
  const start = faultStartSeconds(fault.start, scenario);
  if (!Number.isFinite(start) || start < 0 || start >= scenario.days * 86_400) {
    problems.push({ pointer: `${at}/start`, message: `must be a valid time within the simulated ${scenario.days} days` });
  }
}

function duplicates(items: readonly { id: string }[], at: string, problems: ScenarioProblem[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ pointer: `${at}/${i}/id`, message: `duplicates id ${JSON.stringify(item.id)}` });
    }
    seen.add(item.id);
  });
}

// Transfers and misrouting move inbound contacts, which have no callback promise to keep.
function notCallback(scenario: Scenario, queueId: string, pointer: string, problems: ScenarioProblem[]): void {
  if (scenario.queues.some((q) => q.id === queueId && q.channel === 'callback')) {
    problems.push({ pointer, message: 'must not be a callback queue' });
  }
}
