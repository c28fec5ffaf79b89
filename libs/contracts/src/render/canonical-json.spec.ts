import { stableSchemaJson } from './canonical-json';

describe('stableSchemaJson', () => {
  it('orders keywords canonically but keeps property declaration order', () => {
    const text = stableSchemaJson({
      properties: { zeta: { maximum: 1, type: 'number' }, alpha: { type: 'string' } },
      required: ['zeta'],
      type: 'object',
      $id: 'x',
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['$id', 'type', 'required', 'properties']);
    expect(text.indexOf('"zeta"')).toBeLessThan(text.indexOf('"alpha"'));
    expect(text.indexOf('"type": "number"')).toBeLessThan(text.indexOf('"maximum"'));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is independent of the input key order', () => {
    expect(stableSchemaJson({ b: 1, type: 'x', a: 2 })).toBe(stableSchemaJson({ a: 2, b: 1, type: 'x' }));
  });
});
