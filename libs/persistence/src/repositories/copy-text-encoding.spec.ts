import { encodeCopyText } from './copy-text-encoding';
import type { StoredEventRow } from './stored-event-row';

const row = (overrides: Partial<StoredEventRow> = {}): StoredEventRow => ({
  tenantId: 't1',
  source: '/acd',
  eventId: 'e1',
  type: 'io.vahti.contact.offered.v1',
  occurredAt: '2026-11-23T10:00:00Z',
  queueId: 'q1',
  channel: 'voice',
  agentId: null,
  teamId: null,
  contactId: 'c1',
  customerRef: 'ref',
  contactReason: null,
  subject: null,
  data: '{"a":1}',
  kafkaPartition: 3,
  kafkaOffset: '42',
  ...overrides,
});

describe('encodeCopyText', () => {
  it('writes one tab-separated line per row with \\N for NULL', () => {
    expect(encodeCopyText([row()])).toBe(
      't1\t/acd\te1\tio.vahti.contact.offered.v1\t2026-11-23T10:00:00Z\tq1\tvoice\t\\N\t\\N\tc1\tref\t\\N\t\\N\t{"a":1}\t3\t42\n',
    );
  });

  it('escapes backslash, tab, newline and carriage return so data cannot break the format', () => {
    const line = encodeCopyText([row({ data: '{"s":"a\\\\b\tc\nd\re"}' })]);
    expect(line).toContain('{"s":"a\\\\\\\\b\\tc\\nd\\re"}');
    expect(line.split('\n')).toHaveLength(2);
  });

  it('encodes an empty list as nothing', () => {
    expect(encodeCopyText([])).toBe('');
  });
});
