// What follows a handled contact: a survey answer on a sample, a QA evaluation on a sample, and
// for unresolved contacts possibly a repeat contact from the same customer.
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import type { SeededRandom } from '../random/seeded-random';
import type { Scenario } from '../scenario/scenario-schema';
import type { EventWriter } from './event-writer';
import type { Agent, Contact } from './model-types';
import { qaResult, surveyScores } from './outcome-scores';

// Survey answers come in minutes to hours after the contact, QA evaluations within a day.
const SURVEY_DELAY_MIN = 300;
const SURVEY_DELAY_SPREAD = 3 * 3600;
const QA_DELAY_MIN = 3600;
const QA_DELAY_SPREAD = 20 * 3600;

/** Surveys, QA evaluations and repeat contacts after each handled contact. */
export class ContactOutcomes {
  private evaluations = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly engine: DiscreteEventEngine,
    private readonly writer: EventWriter,
    private readonly random: SeededRandom,
    private readonly repeat: (contact: Contact) => void,
  ) {}

  /** Called at contact.ended of the leg that handled the contact's reason. */
  ended(contact: Contact, agent: Agent, waitSeconds: number, resolved: boolean): void {
    const { random, scenario } = this;
    const queue = contact.queue.spec;
    if (random.chance(scenario.surveyResponseRate)) {
      const scores = surveyScores(random, waitSeconds, queue.serviceLevelSeconds, resolved);
      this.engine.scheduleAfter(SURVEY_DELAY_MIN + random.next() * SURVEY_DELAY_SPREAD, () =>
        this.writer.emit('io.vahti.survey.responded.v1', this.engine.now, {
          contactId: contact.id,
          queueId: queue.id,
          channel: queue.channel,
          customerId: contact.customerId,
          agentId: agent.id,
          teamId: agent.team.id,
          ...scores,
          firstContactResolved: resolved && !contact.repeat,
        }),
      );
    }
    if (random.chance(scenario.qaSampleRate)) {
      const result = qaResult(random, resolved);
      this.evaluations += 1;
      const evaluationId = `${scenario.tenant}-qa-${this.evaluations}`;
      this.engine.scheduleAfter(QA_DELAY_MIN + random.next() * QA_DELAY_SPREAD, () =>
        this.writer.emit('io.vahti.qa.evaluated.v1', this.engine.now, {
          evaluationId,
          agentId: agent.id,
          teamId: agent.team.id,
          contactId: contact.id,
          queueId: queue.id,
          channel: queue.channel,
          evaluatorId: 'qa-analyst-1',
          formId: `${queue.channel}-form`,
          ...result,
        }),
      );
    }
    if (!resolved && random.chance(scenario.repeatContact.probability)) {
      this.repeat(contact);
    }
  }
}
