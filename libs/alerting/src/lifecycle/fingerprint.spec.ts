import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { SEVERITIES } from '../model/constants';
import { BASE_LABELS } from '../testing/alert-fixtures';
import { fingerprintOf, identifyingLabels } from './fingerprint';

describe('fingerprintOf', () => {
  it('is the first 16 hex chars of SHA-256 over tenant and the sorted labels without severity', () => {
    // Computed by hand: the canonical JSON has keys sorted at every level and no severity.
    const canonical =
      '{"labels":{"alertname":"service_level_breach","area":"B","channel":"voice","detector":"target_breach",' +
      '"kpi":"service_level","process":"B2","queue":"billing"},"tenantId":"acme"}';
    const expected = createHash('sha256').update(canonical).digest('hex').slice(0, 16);
    expect(fingerprintOf('acme', BASE_LABELS)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differs between tenants with the same labels', () => {
    expect(fingerprintOf('acme', BASE_LABELS)).not.toBe(fingerprintOf('globex', BASE_LABELS));
  });

  it('keeps only identifying labels', () => {
    expect(identifyingLabels({ kpi: 'aht', severity: 'critical' })).toEqual({ kpi: 'aht' });
  });

  const labelSets = fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), fc.string({ maxLength: 12 }), { minKeys: 1, maxKeys: 8 });

  it('does not depend on label order or severity (property)', () => {
    fc.assert(
      fc.property(
        labelSets.chain((labels) => {
          const entries = Object.entries(labels).filter(([k]) => k !== 'severity');
          return fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
            fc.constantFrom(...SEVERITIES),
            fc.constantFrom(...SEVERITIES),
          );
        }),
        ([entries, shuffled, severityA, severityB]) => {
          const a = { ...Object.fromEntries(entries), severity: severityA };
          const b = { severity: severityB, ...Object.fromEntries(shuffled) };
          expect(Object.keys(b)).toHaveLength(Object.keys(a).length);
          expect(fingerprintOf('acme', a)).toBe(fingerprintOf('acme', b));
        },
      ),
    );
  });

  it('changes when any identifying label value changes (property)', () => {
    fc.assert(
      fc.property(labelSets, fc.string({ minLength: 1, maxLength: 4 }), (labels, suffix) => {
        const names = Object.keys(labels).filter((k) => k !== 'severity');
        fc.pre(names.length > 0);
        const name = names[0] ?? '';
        const changed = { ...labels, [name]: `${labels[name] ?? ''}${suffix}` };
        expect(fingerprintOf('acme', changed)).not.toBe(fingerprintOf('acme', labels));
      }),
    );
  });
});
