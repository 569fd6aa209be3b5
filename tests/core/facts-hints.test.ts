import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourcingHints } from '../../src/core/facts/index.ts';

describe('sourcingHints', () => {
  it('flags a checkable claim with no source as unsourced?', () => {
    const h = sourcingHints('More than 400 homes were destroyed in the fire on Saturday.');
    expect(h).toMatchObject({
      checkable: true,
      attributed: false,
      sourceType: 'unattributed',
      hint: 'unsourced?',
    });
    expect(h.facts.map((f) => f.kind)).toEqual(['number', 'date']);
  });

  it('does not flag an attributed claim, and says whether the source is named', () => {
    expect(sourcingHints('More than 400 homes were destroyed, fire officials said.')).toMatchObject(
      {
        hint: null,
        sourceType: 'anonymous',
      },
    );
    expect(sourcingHints('Chief Dana Whitlow said 400 homes were destroyed.').sourceType).toBe(
      'named',
    );
  });

  it('does not flag a sentence with nothing to check', () => {
    expect(sourcingHints('It was a difficult night for everyone.').hint).toBeNull();
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(['unsourced?', null]).toContain(sourcingHints(s).hint);
      }),
    );
  });
});
