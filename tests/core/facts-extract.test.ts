import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractAttributions,
  extractDates,
  extractFacts,
  extractNames,
  extractNumbers,
  extractQuotes,
} from '../../src/core/facts/index.ts';

const one = <T>(xs: T[]): T => {
  expect(xs).toHaveLength(1);
  return xs[0] as T;
};

describe('extractNumbers', () => {
  it('reads a hedged count with what it counts', () => {
    const n = one(extractNumbers('More than 2,500 striking nurses marched on the capital.'));
    expect(n).toMatchObject({ text: 'More than 2,500', value: 2500, hedge: 'above', unit: '' });
    expect(n.noun).toEqual(['striking', 'nurse']);
  });

  it('reads vague plurals, fractions and number words', () => {
    expect(one(extractNumbers('Hundreds of farmers joined.'))).toMatchObject({
      hedge: 'vague',
      low: 100,
      high: 999,
    });
    expect(one(extractNumbers('about a quarter of the budget')).value).toBeCloseTo(0.25);
    expect(one(extractNumbers('roughly one-third of voters')).value).toBeCloseTo(1 / 3);
    expect(one(extractNumbers('nearly forty-two delegates')).value).toBe(42);
  });

  it('converts durations to one base unit', () => {
    expect(one(extractNumbers('a 30-year career'))).toMatchObject({ value: 30, unit: 'year' });
    expect(one(extractNumbers('for three decades'))).toMatchObject({ value: 30, unit: 'year' });
    expect(one(extractNumbers('in the past two weeks'))).toMatchObject({ value: 14, unit: 'day' });
    expect(one(extractNumbers('rates rose 4.5 per cent'))).toMatchObject({
      value: 4.5,
      unit: 'percent',
    });
  });

  it('leaves years, event names and "one of" alone', () => {
    expect(extractNumbers('The law passed in 1998 after the 7/7 inquiry.')).toEqual([]);
    expect(extractNumbers('She is one of the organisers.')).toEqual([]);
  });
});

describe('extractDates', () => {
  it('finds weekdays, full dates, years and relative days', () => {
    const ds = extractDates(
      'The vote on Tuesday evening follows the 3 March 2019 ruling, in 2020 and last month.',
    );
    expect(ds.map((d) => d.text)).toEqual([
      'on Tuesday evening',
      '3 March 2019',
      'in 2020',
      'last month',
    ]);
    expect(ds[0]?.weekday).toBe(2);
    expect(ds[1]).toMatchObject({ day: 3, month: 3, year: 2019 });
  });

  it('reads "Month day" and a possessive weekday', () => {
    expect(extractDates('by October 14')[0]).toMatchObject({ month: 10, day: 14 });
    expect(extractDates('Friday’s meeting')[0]?.weekday).toBe(5);
  });

  it('reads dates written with slashes, month first, and leaves fractions and longer slash runs alone', () => {
    expect(extractDates('on 3/26/2016 and since 9/15')).toMatchObject([
      { text: 'on 3/26/2016', month: 3, day: 26, year: 2016 },
      { text: 'since 9/15', month: 9, day: 15, year: null },
    ]);
    // April 3 or March 4: read month first, marked as reading either way.
    expect(extractDates('on 4/3/2016')).toMatchObject([
      { month: 4, day: 3, year: 2016, swappable: true },
    ]);
    expect(extractDates('on Monday 3/14')).toMatchObject([
      { text: 'on Monday' },
      { text: '3/14', month: 3, day: 14 },
    ]);
    expect(extractDates('a 3/4 majority, 1/3 of voters, file 1/2/3/4, score 13/40')).toEqual([]);
  });

  it('takes no word for a month abbreviation because an object has a property of that name', () => {
    expect(extractDates('Constructor 12 firms bid for the bridge work.')).toEqual([]);
    expect(extractDates('Sept 12 and Dec 3')).toMatchObject([
      { month: 9, day: 12 },
      { month: 12, day: 3 },
    ]);
  });
});

describe('extractNames', () => {
  it('finds names mid-sentence and skips a capitalised first word', () => {
    const names = extractNames(
      'Farmers in the province of Lorvania met Governor Elsa Marwick and the Harbour Authority.',
    );
    expect(names.map((n) => [n.text, n.role])).toEqual([
      ['Lorvania', 'place'],
      ['Elsa Marwick', 'person'],
      ['Harbour Authority', 'unknown'],
    ]);
  });

  it('keeps hyphenated particles and reads a name at the start of a list', () => {
    const names = extractNames(
      'Dunmore and Tavish districts were flooded, and al-Shabab fighters fled.',
    );
    expect(names.map((n) => n.text)).toEqual(['Dunmore', 'Tavish', 'al-Shabab']);
  });

  it('says nothing about Title Case headlines', () => {
    expect(extractNames('Thousands Of Farmers Protest Over New Water Tax')).toEqual([]);
  });
});

describe('extractQuotes', () => {
  it('finds straight and curly quotations but not apostrophes', () => {
    const qs = extractQuotes(
      'He said "we will not move" and she called it ‘a farmer’s victory’ “today”.',
    );
    expect(qs.map((q) => q.inner.text)).toEqual([
      'we will not move',
      'a farmer’s victory',
      'today',
    ]);
  });
});

describe('extractAttributions', () => {
  it('classifies anonymous, named, pronoun and inverted sources', () => {
    const anon = one(extractAttributions('The dam will close next year, officials have said.'));
    expect(anon).toMatchObject({ text: 'officials have said', sourceType: 'anonymous' });
    const named = one(
      extractAttributions('Mayor Ruth Okafor told the Gazette the dam would close.'),
    );
    expect(named).toMatchObject({ sourceType: 'named', relay: { text: 'the Gazette' } });
    const inverted = one(extractAttributions('It is a hard winter, says Tomas Reyes, a farmer.'));
    expect(inverted.source.text).toBe('Tomas Reyes');
    expect(one(extractAttributions('"No," he said on Friday.')).pronoun).toBe(true);
  });

  it('reads "according to", an appositive and a relay by a news agency', () => {
    const acc = one(
      extractAttributions('Prices rose, according to a report by the Statistics Office.'),
    );
    expect(acc.source.text).toBe('the Statistics Office');
    const app = one(extractAttributions('Ines Alvar, a port engineer, said the cranes failed.'));
    expect(app.source.text).toBe('Ines Alvar, a port engineer');
    const relay = one(
      extractAttributions(
        'The ministry said in a statement carried by the state news agency Pira.',
      ),
    );
    expect(relay.relay?.text).toBe('carried by the state news agency Pira');
  });

  it('reads a cue in -ed that describes the noun after it as no attribution', () => {
    expect(
      extractAttributions(
        'The governor appointed Ms. Alvar to the seat vacated by newly confirmed Secretary of State Ines Okafor.',
      ),
    ).toEqual([]);
    expect(extractAttributions('It was a widely reported deal.')).toEqual([]);
    // A noun in -ly is no adverb, and a cue with an object is a verb.
    for (const said of [
      'The family confirmed his death.',
      'His family claimed the land.',
      'Authorities in Italy confirmed 100 new cases.',
      'The Daily reported the fire.',
      'An ally claimed victory.',
      'The assembly reported record losses.',
      'The newly elected council confirmed the plan.',
    ])
      expect(extractAttributions(said), said).toHaveLength(1);
    // An adverb after a subject is a verb's: the claim is still the ministry's.
    expect(
      one(extractAttributions('The ministry quietly confirmed the deal.')).source.text,
    ).toMatch(/^The ministry\b/);
  });

  it('reads a cue after a subject as a verb, and an outlet told before a place or clause as a relay', () => {
    expect(one(extractAttributions('The minister claims the figures are wrong.')).source.text).toBe(
      'The minister',
    );
    expect(one(extractAttributions('The agency warns that prices will rise.')).source.text).toBe(
      'The agency',
    );
    expect(extractAttributions('The senator’s repeated claims were false.')).toEqual([]);
    expect(
      one(extractAttributions('The harbour inquiry concluded, “The quay is unsafe.”')).source.text,
    ).toBe('The harbour inquiry');
    const atEvent = one(
      extractAttributions('He told Reuters at a conference in Davos that the deal was done.'),
    );
    expect(atEvent.relay?.text).toBe('Reuters');
    const clause = one(
      extractAttributions('She told the Courier that the summit had been cancelled.'),
    );
    expect(clause.relay?.text).toBe('the Courier');
    expect(
      one(extractAttributions('She told the party conference that taxes would fall.')).relay,
    ).toBeFalsy();
  });

  it('leaves an adverb before the cue out of the source, but not a noun in -ly', () => {
    const source = (t: string) => one(extractAttributions(t)).source.text;
    expect(source('The ministry quietly confirmed the deal on Monday.')).toBe('The ministry');
    expect(source('Officials privately admitted the plan had failed.')).toBe('Officials');
    expect(source('The family confirmed his death on Sunday.')).toBe('The family');
    expect(source('The elderly said the clinic had closed.')).toBe('The elderly');
  });

  it('treats anonymity markers and "reportedly" as anonymous', () => {
    expect(
      one(extractAttributions('A senior engineer said, speaking on condition of anonymity.'))
        .sourceType,
    ).toBe('anonymous');
    expect(one(extractAttributions('The rebels reportedly hold the town.')).sourceType).toBe(
      'anonymous',
    );
  });
});

const unit = fc.oneof(
  fc.constantFrom(
    ' ',
    '.',
    ',',
    '"',
    '“',
    '”',
    '‘',
    '’',
    '-',
    '1',
    ',000',
    'more than ',
    'said',
    'Monday',
  ),
  fc.constantFrom(
    '🐀',
    '\ud800',
    '\udc00',
    'Ab',
    'a third',
    'al-',
    'According to ',
    'told ',
    'The ',
  ),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('extraction properties', () => {
  it('never throws on arbitrary Unicode and keeps spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        for (const f of extractFacts(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});
