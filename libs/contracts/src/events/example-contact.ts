/**
 * The one contact that the examples of the contact-related event types follow through its life
 * (answered, transferred, ended, surveyed), so the documentation reads as a single story.
 */
export const EXAMPLE_ANSWERED_CONTACT = {
  contactId: 'c-20250303-000123',
  queueId: 'billing-fi',
  channel: 'voice',
  customerId: '+358401234567',
  agentId: 'agent-0042',
  teamId: 'team-north',
} as const;
