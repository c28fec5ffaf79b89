import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEventValidator, type VahtiEvent } from '@vahti/contracts';
import { buildSampleStream, renderSampleNdjson } from './sample-stream';

const SAMPLE = resolve(__dirname, '../../../../test/fixtures/events/sample.ndjson');
const validate = createEventValidator();
const lines = buildSampleStream();
const valid = lines.filter((l) => l.kind === 'valid').map((l) => JSON.parse(l.text) as VahtiEvent);

describe('sample stream (test/fixtures/events/sample.ndjson)', () => {
  it('the committed file is what the generator produces (run libs/testing/scripts/write-sample.ts)', () => {
    expect(readFileSync(SAMPLE, 'utf8') === renderSampleNdjson()).toBe(true);
    expect(renderSampleNdjson()).toBe(renderSampleNdjson());
  });

  it('has about 200 lines: mostly valid, ~10 invalid of varied kinds, ~5 exact duplicates', () => {
    expect(lines.length).toBeGreaterThanOrEqual(180);
    expect(lines.length).toBeLessThanOrEqual(230);
    const invalid = lines.filter((l) => l.kind !== 'valid' && l.kind !== 'duplicate');
    expect(invalid).toHaveLength(10);
    expect(new Set(invalid.map((l) => l.kind))).toEqual(
      new Set(['malformed_json', 'envelope_invalid', 'unknown_type', 'schema_violation', 'oversize', 'timestamp_in_future']),
    );
    const duplicates = lines.filter((l) => l.kind === 'duplicate');
    expect(duplicates).toHaveLength(5);
    for (const d of duplicates) {
      const index = lines.indexOf(d);
      expect(lines.slice(0, index).some((l) => l.kind === 'valid' && l.text === d.text)).toBe(true);
    }
  });

  it('every valid line validates and has a unique id; every line is one line', () => {
    for (const event of valid) {
      expect(validate(event)).toEqual({ ok: true, event });
    }
    expect(new Set(valid.map((e) => `${e.tenantid}/${e.source}/${e.id}`)).size).toBe(valid.length);
    expect(lines.every((l) => !l.text.includes('\n'))).toBe(true);
  });

  it('labels each invalid line with the reason the validator gives (where it can tell)', () => {
    for (const line of lines.filter((l) => ['envelope_invalid', 'unknown_type', 'schema_violation'].includes(l.kind))) {
      const result = validate(JSON.parse(line.text));
      expect(result.ok ? 'ok' : result.reason).toBe(line.kind);
    }
  });

  it('covers two tenants, several queues, channels and agents, and every contact story beat', () => {
    expect(new Set(valid.map((e) => e.tenantid))).toEqual(new Set(['acme', 'globex']));
    const data = valid.map((e) => e.data as Record<string, unknown>);
    expect(new Set(data.map((d) => d.queueId).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(data.map((d) => d.channel).filter(Boolean))).toEqual(new Set(['voice', 'chat', 'email', 'messaging', 'callback']));
    expect(new Set(data.map((d) => d.agentId).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    const types = new Set(valid.map((e) => e.type));
    for (const type of [
      'io.vahti.contact.offered.v1',
      'io.vahti.contact.answered.v1',
      'io.vahti.contact.abandoned.v1',
      'io.vahti.contact.transferred.v1',
      'io.vahti.contact.ended.v1',
      'io.vahti.survey.responded.v1',
      'io.vahti.qa.evaluated.v1',
      'io.vahti.agent.state_changed.v1',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('orders each contact leg: offered, then answered or abandoned, then ended', () => {
    const order = ['io.vahti.contact.offered.v1', 'io.vahti.contact.answered.v1', 'io.vahti.contact.ended.v1'];
    const seen = new Map<string, number>();
    for (const event of valid) {
      const step = order.indexOf(event.type);
      if (step < 0) {
        continue;
      }
      const { contactId, queueId } = event.data as { contactId: string; queueId: string };
      const leg = `${event.tenantid}/${contactId}/${queueId}`;
      expect({ leg, step, previous: seen.get(leg) ?? -1 }).toEqual({ leg, step, previous: step - 1 });
      seen.set(leg, step);
    }
  });
});
