import { EVENT_CATALOG, partitionKey } from './index';

describe('partitionKey', () => {
  it('keys queue events by tenant and queue', () => {
    expect(partitionKey(EVENT_CATALOG['io.vahti.contact.offered.v1'].example)).toBe('acme/billing-fi');
    expect(partitionKey(EVENT_CATALOG['io.vahti.forecast.published.v1'].example)).toBe('acme/billing-fi');
  });

  it('keys transfers by the queue they leave, so they follow the contact', () => {
    expect(partitionKey(EVENT_CATALOG['io.vahti.contact.transferred.v1'].example)).toBe('acme/billing-fi');
  });

  it('keys events without a queue by agent, schedules by team', () => {
    expect(partitionKey(EVENT_CATALOG['io.vahti.agent.state_changed.v1'].example)).toBe('acme/agent-0042');
    expect(partitionKey(EVENT_CATALOG['io.vahti.employee.changed.v1'].example)).toBe('acme/agent-0043');
    expect(partitionKey(EVENT_CATALOG['io.vahti.schedule.published.v1'].example)).toBe('acme/team-north');
  });

  it('falls back to the agent, then the tenant, when optional keys are absent', () => {
    const survey = EVENT_CATALOG['io.vahti.survey.responded.v1'].example;
    const { queueId: _q, ...noQueue } = survey.data;
    expect(partitionKey({ ...survey, data: noQueue })).toBe('acme/agent-0042');
    const selfservice = EVENT_CATALOG['io.vahti.selfservice.completed.v1'].example;
    const { queueId: _s, ...contained } = selfservice.data;
    expect(partitionKey({ ...selfservice, data: { ...contained, contained: true } })).toBe('acme');
  });
});
