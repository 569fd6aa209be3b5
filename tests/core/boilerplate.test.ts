import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectBoilerplate,
  isFurnitureLine,
  isShortLabel,
  lineKey,
} from '../../src/core/text/boilerplate.ts';

const PROSE = 'The storm hit the coast on Monday night and closed every road into the port.';

describe('detectBoilerplate', () => {
  it('flags a block with no letters', () => {
    expect(detectBoilerplate(['-- : --', '* * *', '12:04', PROSE])).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('flags share, follow and sign-up prompts', () => {
    const blocks = [
      'Share this article',
      'Send in e-mail',
      'Follow us on social media',
      'Click here to read the full statement',
      'Sign up for our morning newsletter',
      PROSE,
    ];
    expect(detectBoilerplate(blocks)).toEqual([true, true, true, true, true, false]);
  });

  it('flags a prompt typed twice in a row', () => {
    expect(detectBoilerplate(['Print this pagePrint this page', PROSE])).toEqual([true, false]);
  });

  it('flags a caption that appears twice, also when one copy carries a glued credit', () => {
    const blocks = [
      'Boats lie on the beach at Porthleven.',
      PROSE,
      'Boats lie on the beach at Porthleven.Credit: Jo Bloggs, AP',
    ];
    expect(detectBoilerplate(blocks)).toEqual([true, false, true]);
  });

  it('keeps a headline that the page repeats as its heading as text, and flags the copy', () => {
    const title = 'Harbour Board Names Former Pilot To Lead Port Inquiry';
    expect(detectBoilerplate([title, title, PROSE])).toEqual([false, true, false]);
  });

  it('flags a run of capitalised section labels', () => {
    expect(detectBoilerplate(['Home World Politics Business Climate Sport', PROSE])).toEqual([
      true,
      false,
    ]);
  });

  it('keeps an opening line of capitalised words as the headline when the story tells its words', () => {
    const head = 'Harbour Board Members Demand Chairman Ruth Okafor’s Resignation';
    const lede =
      'All nine members of the harbour board are calling on its chairman, Ruth Okafor, to resign over the dredging contract.';
    expect(detectBoilerplate([head, lede, PROSE])).toEqual([false, false, false]);
    // A menu opening the page names sections the story does not tell.
    expect(detectBoilerplate(['Home World Politics Business Climate Sport', lede, PROSE])).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('does not flag a Title Case headline whose only small word is a modal verb', () => {
    expect(detectBoilerplate(['Operator Will End Harlow Ferry Service', PROSE])).toEqual([
      false,
      false,
    ]);
  });

  it('does not flag a headline that reads as a phrase', () => {
    expect(detectBoilerplate(['Storm Closes Every Road Into the Port', PROSE])).toEqual([
      false,
      false,
    ]);
  });

  it('flags a block only when every line in it is furniture', () => {
    expect(
      detectBoilerplate(['Share this article\n* * *', `Share this article\n${PROSE}`]),
    ).toEqual([true, false]);
  });

  it('leaves normal prose alone, even when it opens with an interface word', () => {
    const blocks = [
      PROSE,
      'Published figures from the energy ministry on Sunday showed that 40,000 homes had lost power.',
      'Comments from the minister angered residents who had waited for hours in the cold without help.',
      '“We have never seen anything like it,” said the harbour master, who has worked there for 30 years.',
    ];
    expect(detectBoilerplate(blocks)).toEqual([false, false, false, false]);
  });

  it('still flags a short dateline that starts with an interface word', () => {
    expect(detectBoilerplate(['Published 5 March 2024', 'Updated: 10:42 GMT', PROSE])).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('gives one flag per block and none for no blocks', () => {
    expect(detectBoilerplate([])).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (blocks) => {
        expect(detectBoilerplate(blocks)).toHaveLength(blocks.length);
      }),
    );
  });
});

describe('isFurnitureLine', () => {
  it('counts a repeated line as furniture and the same line once as prose', () => {
    expect(isFurnitureLine(PROSE, true)).toBe(true);
    expect(isFurnitureLine(PROSE, false)).toBe(false);
  });

  it('counts an empty line as furniture', () => {
    expect(isFurnitureLine('   ', false)).toBe(true);
  });
});

describe('isShortLabel', () => {
  it('accepts a caption of a few words without closing punctuation', () => {
    expect(isShortLabel('25-year-old Zara from Kabul')).toBe(true);
  });

  it('rejects a sentence, a long line and a multi-line block', () => {
    expect(isShortLabel('Power failed.')).toBe(false);
    expect(isShortLabel('The storm hit the coast on Monday night and closed every road')).toBe(
      false,
    );
    expect(isShortLabel('Storm\nhits')).toBe(false);
  });
});

describe('lineKey', () => {
  it('ignores case and spacing', () => {
    expect(lineKey('  Boats lie\ton the  BEACH ')).toBe(lineKey('boats lie on the beach'));
  });
});
