import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/core/facts/index.ts';
import type { Discrepancy } from '../../src/core/facts/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const only = (a: string, b: string): Discrepancy => {
  const ds = findDiscrepancies(a, b);
  expect(ds.map((d) => d.type)).toHaveLength(1);
  return ds[0] as Discrepancy;
};

describe('findDiscrepancies by type', () => {
  it('reports a count hedged into a different range', () => {
    const d = only(
      'More than 2,000 nurses walked out of city hospitals on Tuesday, the union said.',
      'Hundreds of nurses walked out of city hospitals on Tuesday, the union said.',
    );
    expect(d).toMatchObject({
      type: 'number',
      aSpan: 'More than 2,000',
      bSpan: 'Hundreds',
      severity: 'high',
    });
  });

  it('compares a number with the one that counts the same thing', () => {
    const ds = findDiscrepancies(
      'The storm cut power to 40,000 homes for three days, the utility said.',
      'The storm cut power to 40,000 homes for five days, the utility said.',
    );
    expect(ds.map((d) => [d.type, d.aSpan, d.bSpan])).toEqual([
      ['number', 'three days', 'five days'],
    ]);
  });

  it('reports the same figure hedged differently as low severity', () => {
    const d = only('Turnout reached nearly 60 per cent.', 'Turnout reached about 60 per cent.');
    expect(d).toMatchObject({ type: 'number', severity: 'low' });
  });

  it('reports a changed weekday', () => {
    const d = only(
      'The ferry sank on Thursday near the harbour mouth, the coastguard said.',
      'The ferry sank on Friday near the harbour mouth, the coastguard said.',
    );
    expect(d).toMatchObject({ type: 'date', aSpan: 'on Thursday', bSpan: 'on Friday' });
  });

  it('reports a changed span of years whole', () => {
    const d = only(
      'Ms. Arden, who served on the harbour board from 1967 to 1979, was its first chair.',
      'Ms. Arden, who served on the harbour board from 1966 to 1978, was its first chair.',
    );
    expect(d).toMatchObject({ type: 'date', aSpan: '1967 to 1979', bSpan: '1966 to 1978' });
    // One end changed, a span joined by "until" or "between ... and": the whole span on both sides.
    const dates = (a: string, b: string) =>
      findDiscrepancies(a, b)
        .filter((x) => x.type === 'date')
        .map((x) => [x.aSpan, x.bSpan]);
    expect(
      dates(
        'Ms. Arden served on the harbour board from 1967 to 1979 as its first chair.',
        'Ms. Arden served on the harbour board from 1967 to 1981 as its first chair.',
      ),
    ).toEqual([['1967 to 1979', '1967 to 1981']]);
    expect(
      dates(
        'The harbour festival runs from May 3 until June 9 on the old pier.',
        'The harbour festival runs from May 4 until June 10 on the old pier.',
      ),
    ).toEqual([['May 3 until June 9', 'May 4 until June 10']]);
    expect(
      dates(
        'Ms. Arden chaired the harbour board between 1967 and 1979, the trust said.',
        'Ms. Arden chaired the harbour board between 1966 and 1978, the trust said.',
      ),
    ).toEqual([['1967 and 1979', '1966 and 1978']]);
  });

  it('reports one thing dated differently in sentences that are otherwise not alike', () => {
    const ds = findDiscrepancies(
      'The clock is ticking. Both parties will hold their primaries in mid June, officials said.',
      'The race will be bruising, with two councillors likely to face off in a primary in July.',
    );
    expect(ds.map((d) => [d.type, d.aSpan, d.bSpan])).toEqual([['date', 'in mid June', 'in July']]);
    // Two things dated, each its own month: nothing to compare.
    expect(
      findDiscrepancies(
        'The parties will hold their primaries in June, officials said.',
        'The new stadium will open to fans in July, officials said.',
      ),
    ).toEqual([]);
  });

  it('reports a name spelled differently', () => {
    const d = only(
      'Talks were led by envoy Miroslav Kadyrenko in the port city.',
      'Talks were led by envoy Miroslav Kadirenko in the port city.',
    );
    expect(d).toMatchObject({ type: 'name', aSpan: 'Kadyrenko', bSpan: 'Kadirenko' });
    // A possessive is no part of the name: both spans read as the name, so the finding has one version each.
    const own = only(
      'Talks were led by envoy Miroslav Kadyrenko in the port city.',
      'Talks were led by Miroslav Kadirenko’s deputy in the port city.',
    );
    expect(own).toMatchObject({ type: 'name', aSpan: 'Kadyrenko', bSpan: 'Kadirenko' });
  });

  it('reports a place swapped for another', () => {
    const d = only(
      'Floods hit Morvane and Estrel provinces, which lie along the river, the agency said.',
      'Floods hit Morvane and Quillon provinces, which lie along the river, the agency said.',
    );
    expect(d).toMatchObject({ type: 'place', aSpan: 'Estrel', bSpan: 'Quillon' });
  });

  it('reports changed wording inside a quotation', () => {
    const d = only(
      'The minister said: "We will rebuild every school before winter."',
      'The minister said: “We will rebuild most schools before winter.”',
    );
    expect(d).toMatchObject({ type: 'quote', aSpan: 'every school', bSpan: 'most schools' });
  });

  it('reports one quotation credited to two different named speakers', () => {
    const ds = findDiscrepancies(
      'Somewhat misleadingly, the Harbour Board members stated in their letter that the audit “plainly contradicts” what the mayor told voters in the spring.',
      '“The audit plainly contradicts your past assertions about dredging costs and has exposed a pattern of waste,” Councillor Ines Varga said to the mayor.',
    );
    expect(ds.filter((d) => d.type === 'attribution').map((d) => [d.aSpan, d.bSpan])).toEqual([
      ['the Harbour Board members stated', 'Councillor Ines Varga said'],
    ]);
    // The same speaker named in full and by surname, or "she said", is one speaker.
    for (const who of ['Ms. Varga said', 'she said'])
      expect(
        findDiscrepancies(
          `The audit “plainly contradicts” what the mayor told voters in the spring, ${who}.`,
          '“The audit plainly contradicts your past assertions about dredging costs and has exposed a pattern of waste,” Councillor Ines Varga said to the mayor.',
        ).filter((d) => d.type === 'attribution'),
      ).toEqual([]);
  });

  it('reports an attribution dropped or its credit lost', () => {
    const dropped = only(
      'The plant will close in March with the loss of 300 jobs, company officials have said.',
      'The plant will close in March with the loss of 300 jobs.',
    );
    expect(dropped).toMatchObject({ type: 'attribution', aSpan: 'company officials have said' });
    const credit = only(
      '"We had no warning," one worker told the Courier on Friday.',
      '"We had no warning," one worker said on Friday.',
    );
    expect(credit).toMatchObject({ type: 'attribution', aSpan: 'one worker told the Courier' });
  });

  it('reports an item dropped from a list', () => {
    const d = only(
      'Delegations from Norland, Vessia and Ardmoor left the summit early on Sunday.',
      'Delegations from Norland and Ardmoor left the summit early on Sunday.',
    );
    expect(d.type).toBe('omission');
    expect(d.aSpan).toContain('Vessia');
  });

  it('reports a statement reversed by a negation', () => {
    const d = only(
      'The council approved the new tram line after a long debate on Monday.',
      'The council has not approved the new tram line after a long debate on Monday.',
    );
    expect(d.type).toBe('meaning');
    expect(d.bSpan).toContain('not');
  });

  it('reads "not only" dropped as an addition, and "not" put before a kept "only" as a reversal', () => {
    expect(
      findDiscrepancies(
        'The levy will not only cut harbour costs but also fund two ferries, the council said.',
        'The levy will cut harbour costs, the council said.',
      ).filter((d) => d.type === 'meaning'),
    ).toEqual([]);
    const d = only(
      'The harbour plan is only a draft for the council to discuss, the mayor said.',
      'The harbour plan is not only a draft for the council to discuss, the mayor said.',
    );
    expect([d.type, d.bSpan]).toEqual(['meaning', 'not']);
    // "Not only" put in place of a word that limits the claim reverses it.
    const limited = only(
      'The harbour plan is not only a draft for the council to discuss, the mayor said.',
      'The harbour plan is just a draft for the council to discuss, the mayor said.',
    );
    expect([limited.type, limited.aSpan, limited.bSpan]).toEqual(['meaning', 'not only', 'just']);
  });

  it('reports a fraction written with a slash changed, and leaves dates and names with a slash alone', () => {
    const d = only(
      'About 1/3 of the island’s residents voted for the plan, officials said.',
      'About 1/4 of the island’s residents voted for the plan, officials said.',
    );
    expect([d.type, d.aSpan, d.bSpan]).toEqual(['number', 'About 1/3', 'About 1/4']);
    expect(
      only(
        'The race is 2 1/2 miles long, the organisers said.',
        'The race is 3 1/2 miles long, the organisers said.',
      ).aSpan,
    ).toBe('2 1/2');
    // The same amount written two ways; and slashes that are no amounts.
    expect(
      findDiscrepancies(
        'A third of the island’s residents voted for the plan.',
        '1/3 of the island’s residents voted for the plan.',
      ),
    ).toEqual([]);
    // Slashes that are no amounts: the numbers must be told apart from dates and names, not just alike.
    const numbers = (a: string, b: string) =>
      findDiscrepancies(a, b).filter((x) => x.type === 'number');
    expect(
      numbers(
        'The ferry ran 24/7 after the 9/11 review.',
        'The ferry ran 24/6 after the 9/12 review.',
      ),
    ).toEqual([]);
    expect(
      numbers('The pier reopened on 1/3 after repairs.', 'The pier reopened on 1/4 after repairs.'),
    ).toEqual([]);
    expect(
      numbers('After 9/11 1/3 of the staff left.', 'After 9/12 1/3 of the staff left.'),
    ).toEqual([]);
    expect(numbers('Of the 300 1/3 voted for it.', 'Of the 300 1/3 voted against it.')).toEqual([]);
  });
});

describe('findDiscrepancies and style', () => {
  it('ignores quote marks, spelling, capitals, per cent and common expansions', () => {
    const a =
      'The Nato summit backed the plan to modernise the harbour, which handles 40 per cent of US trade, officials said "today".';
    const b =
      'The NATO summit backed the plan to modernize the harbor, which handles 40 percent of United States trade, officials said “today”.';
    expect(findDiscrepancies(a, b)).toEqual([]);
  });

  it('does not compare numbers that count different things', () => {
    const a = 'Six districts fell as 900 police officers retreated, the governor said.';
    const b =
      'The governor said 900 police officers retreated after rebels took several districts.';
    expect(findDiscrepancies(a, b).filter((d) => d.type === 'number')).toEqual([]);
  });

  it('takes parsed paragraphs and the alignment sentence pairs', () => {
    const a = parseArticle(
      'a',
      'Intro line here.\n\nThe bridge opened on Monday. It cost 12 million euros.',
    );
    const b = parseArticle(
      'b',
      'Other intro.\n\nIt cost 15 million euros. The bridge opened on Monday.',
    );
    const pa = a.paragraphs[1];
    const pb = b.paragraphs[1];
    if (!pa || !pb) throw new Error('paragraphs');
    const ds = findDiscrepancies(pa, pb, [{ i: 1, j: 0, score: 0.9 }]);
    expect(ds.map((d) => [d.type, d.aSpan, d.bSpan])).toEqual([
      ['number', '12 million euros', '15 million euros'],
    ]);
    expect(pa.text.slice(ds[0]?.aStart, ds[0]?.aEnd)).toBe('12 million euros');
  });
});

const sentence = fc
  .array(
    fc.constantFrom(
      'More than 1,000',
      'hundreds of',
      'nearly 40',
      'workers',
      'fled',
      'on Monday',
      'on Sunday',
      'officials said',
      'he told Reuters',
      'Varnok',
      'Varnock',
      'and',
      'Elbis',
      'not',
      '"we will stay"',
      '“we will go”',
      'in 2019',
      'the',
      'province of Dorr',
      ',',
      '.',
      '🐀',
      '\ud800',
    ),
    { maxLength: 14 },
  )
  .map((ws) => ws.join(' '));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join('. '));

describe('findDiscrepancies properties', () => {
  it('never throws and gives exact spans of both texts', () => {
    fc.assert(
      fc.property(paragraph, paragraph, (a, b) => {
        for (const d of findDiscrepancies(a, b)) {
          expect(a.slice(d.aStart, d.aEnd)).toBe(d.aSpan);
          expect(b.slice(d.bStart, d.bEnd)).toBe(d.bSpan);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports the same discrepancies with sides swapped when a and b swap', () => {
    const key = (d: Discrepancy) =>
      `${d.type}|${d.aStart}-${d.aEnd}|${d.bStart}-${d.bEnd}|${d.severity}`;
    const swapped = (d: Discrepancy) =>
      `${d.type}|${d.bStart}-${d.bEnd}|${d.aStart}-${d.aEnd}|${d.severity}`;
    fc.assert(
      fc.property(paragraph, paragraph, (a, b) => {
        const ab = findDiscrepancies(a, b).map(key).sort();
        const ba = findDiscrepancies(b, a).map(swapped).sort();
        expect(ba).toEqual(ab);
      }),
      { numRuns: 300 },
    );
  });
});
