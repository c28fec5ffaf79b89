// A quality evaluation of an agent's contact is completed.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-definition';
import { agentId, channel, contactId, count, identifier, queueId, teamId } from '../fields';
import { UNIT_KEYWORD } from '../annotations';
import { KPI } from '../kpis';

// A QA form has tens of items; more than this many errors in one evaluation is a producer bug.
const MAX_ERRORS = 100;

export const qaEvaluated = defineEvent({
  name: 'qa.evaluated',
  summary:
    'A quality (transaction monitoring) evaluation was completed. `time` is when it was finalised. A corrected evaluation is re-sent with the same `evaluationId` (and a new event `id`); the latest one counts. Critical errors follow the COPC categories: customer, business, compliance.',
  usedBy: [KPI.qaScore, KPI.criticalErrorAccuracy, KPI.nonCriticalErrorAccuracy, KPI.qaCoverage, KPI.calibrationVariance],
  properties: {
    evaluationId: identifier('Evaluation identifier; stays the same when the evaluation is corrected.'),
    agentId: agentId('Agent whose work was evaluated.'),
    teamId: Type.Optional(teamId()),
    contactId: Type.Optional(contactId()),
    queueId: Type.Optional(queueId('Queue of the evaluated contact, where known.')),
    channel: Type.Optional(channel()),
    evaluatorId: Type.Optional(identifier('Evaluator (QA analyst, team leader) or the auto-QA engine.')),
    formId: Type.Optional(identifier('Evaluation form (scorecard) used.')),
    score: Type.Number({ minimum: 0, maximum: 100, [UNIT_KEYWORD]: 'percent', description: 'Weighted form score, 0–100 %.' }),
    customerCriticalErrors: count(
      'End-user (customer) critical errors found; any error fails the transaction for K29.',
      MAX_ERRORS,
      'errors',
    ),
    businessCriticalErrors: count('Business critical errors found.', MAX_ERRORS, 'errors'),
    complianceCriticalErrors: count('Compliance critical errors found (legal, regulatory, data protection).', MAX_ERRORS, 'errors'),
    nonCriticalErrors: Type.Optional(count('Non-critical errors found.', MAX_ERRORS, 'errors')),
    calibration: Type.Optional(
      Type.Boolean({
        description: 'True for evaluations made in a calibration session: used for calibration variance, excluded from QA score.',
      }),
    ),
  },
  example: {
    id: 'e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a61',
    source: '/qa/calabrio',
    time: '2025-03-04T13:02:00Z',
    data: {
      evaluationId: 'qa-88123',
      agentId: 'agent-0042',
      teamId: 'team-north',
      contactId: 'c-20250303-000123',
      queueId: 'billing-fi',
      channel: 'voice',
      evaluatorId: 'qa-analyst-07',
      formId: 'voice-2025',
      score: 92.5,
      customerCriticalErrors: 0,
      businessCriticalErrors: 0,
      complianceCriticalErrors: 0,
      nonCriticalErrors: 1,
    },
  },
});
