import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/core/facts/index.ts';

const found = (a: string, b: string) =>
  findDiscrepancies(a, b).map((d) => [d.type, d.aSpan, d.bSpan]);

describe('findDiscrepancies reports no noise', () => {
  it('takes no letter of an abbreviation for a name', () => {
    expect(
      found(
        'The U.S. senator from Connecticut spoke to reporters in Hartford on Monday.',
        'The senator from Connecticut spoke to reporters in Hartford on Monday.',
      ),
    ).toEqual([]);
  });

  it('reads an abbreviated title as the title', () => {
    expect(
      found(
        'Sen. Jane Doe voted against the harbour bill on Tuesday, her office said.',
        'Senator Jane Doe voted against the harbour bill on Tuesday, her office said.',
      ),
    ).toEqual([]);
  });

  it('reads a bound on a sum of money as compatible with a figure inside it', () => {
    expect(
      found(
        'A watchdog estimated the ceremony as costing more than $2 million, its report said.',
        'A watchdog estimated the ceremony as costing $2.3 million, its report said.',
      ),
    ).toEqual([]);
    // The hedge is read through the currency sign: a figure beyond the bound still disagrees.
    expect(
      found(
        'A watchdog estimated the ceremony as costing less than $2 million, its report said.',
        'A watchdog estimated the ceremony as costing $2.3 million, its report said.',
      ),
    ).toEqual([['number', 'less than $2 million', '2.3 million']]);
  });

  it('takes the audience a speaker told for no credited outlet', () => {
    expect(
      found(
        'The festival will move to the old shipyard next summer, Mayor Ilse Marn told the harbour residents conference on Friday.',
        'The festival will move to the old shipyard next summer, she had said on Friday.',
      ),
    ).toEqual([]);
    // An outlet told is a credit one version lacks.
    expect(
      found(
        'The festival will move to the old shipyard next summer, Mayor Ilse Marn told the Courier on Friday.',
        'The festival will move to the old shipyard next summer, she had said on Friday.',
      ).map(([type]) => type),
    ).toEqual(['attribution']);
  });

  it('takes a plural noun such as claims for no source', () => {
    expect(
      found(
        'Council members asked the treasurer to resign over the mayor’s repeated claims about the ferry budget.',
        'Council members asked the treasurer to resign over her comments about the ferry budget.',
      ).filter(([type]) => type === 'attribution'),
    ).toEqual([]);
  });

  it('takes a British and an American spelling of a capitalised word for one word', () => {
    expect(
      found(
        'Neighbouring Velna has closed its border crossings to lorries since Monday.',
        'Neighboring Velna has closed its border crossings to lorries since Monday.',
      ),
    ).toEqual([]);
  });

  it('reads a party letter after a name as the party', () => {
    expect(
      found(
        'Jane Marlow, R-Texas, voted against the harbour bill on Tuesday after a long debate.',
        'Jane Marlow, the Texas Republican, voted against the harbour bill on Tuesday after a long debate.',
      ),
    ).toEqual([]);
  });

  it('does not compare the date of an event in a time clause with the date the words were said', () => {
    expect(
      found(
        '“The ferry is safe,” Mayor Ilse Marn told the Courier after the harbour inspection report was published Sunday.',
        '“The ferry is safe,” Mayor Ilse Marn told the Courier on Tuesday.',
      ),
    ).toEqual([]);
    // Two dates of the same kind of event, each in its own time clause, are still compared.
    expect(
      found(
        'The bridge reopened after the storm passed on Sunday, Mayor Ilse Marn told the Courier.',
        'The bridge reopened after the storm passed on Monday, Mayor Ilse Marn told the Courier.',
      ).map(([type, a, b]) => [type, a, b]),
    ).toEqual([['date', 'on Sunday', 'on Monday']]);
  });

  it('does not compare an ordinal that counts from a later start', () => {
    expect(
      found(
        'Ms. Orla Venn will become the first woman to lead the harbour board since Ada Brest left it in 1979.',
        'Ms. Orla Venn will become the second woman to lead the harbour board, after Ada Brest.',
      ).filter(([type]) => type === 'number'),
    ).toEqual([]);
    // Without "since", first and second are two different claims.
    expect(
      found(
        'Ms. Orla Venn will become the first woman to lead the harbour board.',
        'Ms. Orla Venn will become the second woman to lead the harbour board.',
      ).filter(([type]) => type === 'number'),
    ).toEqual([['number', 'first', 'second']]);
  });

  it('still reports a name written as another name that a British spelling rule would merge', () => {
    expect(
      found(
        'The talks were led by Michael Barnier, who met the ministers in Brussels on Tuesday.',
        'The talks were led by Michel Barnier, who met the ministers in Brussels on Tuesday.',
      ),
    ).toEqual([['name', 'Michael', 'Michel']]);
  });

  it('takes spelling variants for the same words', () => {
    expect(
      found(
        'The workforce of the mill grew by 5 per cent last year, the owners said.',
        'The work force of the mill grew by 5 percent last year, the owners said.',
      ),
    ).toEqual([]);
  });

  it('takes a pronoun for the speaker named in the paragraph', () => {
    expect(
      found(
        'Governor Ann Lee toured the plant. The factory will reopen in May, Lee said.',
        'Governor Ann Lee toured the plant. The factory will reopen in May, she said.',
      ),
    ).toEqual([]);
  });

  it('takes a pronoun for a speaker named elsewhere in the article', () => {
    expect(
      found(
        'The factory will reopen in May with 400 jobs, Lee said.',
        'The factory will reopen in May with 400 jobs, she said.',
      ),
    ).toEqual([]);
  });

  it('does not compare figures that count different things', () => {
    expect(
      found(
        'Police arrested 12 protesters outside the port and 3 officers were hurt.',
        'Police arrested 12 protesters outside the port and 40 people were treated in hospital.',
      ),
    ).toEqual([]);
  });

  it('does not compare ranks of two different things', () => {
    const numbers = (a: string, b: string) => found(a, b).filter(([type]) => type === 'number');
    expect(
      numbers(
        'Her appointment marks the first time in harbour council history that two women have served on the council at once.',
        'Ms. Arden becomes the second woman on the harbour council, after Ruth Kell, who served from 1990.',
      ),
    ).toEqual([]);
    // The same thing ranked otherwise still is compared.
    expect(
      found(
        'Ms. Arden will become the first woman to chair the council, officials said.',
        'Ms. Arden will become the second woman to chair the council, officials said.',
      ),
    ).toEqual([['number', 'first', 'second']]);
  });

  it('does not compare the dates of sentences about different things', () => {
    expect(
      found(
        '7 October 2011: the first convoy reaches the northern valley.',
        '11 September 2011: the ministry opens its new offices in the capital.',
      ),
    ).toEqual([]);
  });

  it('takes a derived form for the same word, not a misspelling', () => {
    const ds = findDiscrepancies(
      'Democrats won the Senate seat in the special election in Varna.',
      'Democratic candidates won the Senate seat in the special election in Varna.',
    );
    expect(ds.filter((d) => d.type === 'name')).toEqual([]);
  });

  it('takes two forms of one word in Title Case headlines for the same word', () => {
    const ds = findDiscrepancies(
      'Governor Names Harbour Chief To Replace Retiring Director',
      'Governor Named Harbour Chief To Replace Retiring Director',
    );
    expect(ds.filter((d) => d.type === 'name')).toEqual([]);
  });

  it('takes two neutral reporting verbs as the same weight', () => {
    expect(
      found(
        'The bridge over the Marle is safe, the engineer said.',
        'The bridge over the Marle is safe, the engineer added.',
      ),
    ).toEqual([]);
  });

  it('reads a quotation that excerpts a longer one as no change of wording', () => {
    expect(
      found(
        'The mayor called it “a difficult but necessary decision for the whole city”.',
        'The mayor called it “a difficult but necessary decision”.',
      ),
    ).toEqual([]);
  });

  it('reads British and American spellings inside a quotation as the same words', () => {
    expect(
      found(
        'The mayor said: “We will organise the clean-up and defend our harbour.”',
        'The mayor said: “We will organize the clean-up and defend our harbor.”',
      ),
    ).toEqual([]);
  });

  it('takes a source named in two ways for one source', () => {
    expect(
      found(
        'The harbour will close for repairs in spring, Sen. Ilse Marn said.',
        'The harbour will close for repairs in spring, Marn said.',
      ),
    ).toEqual([]);
  });

  it('reads head and lead as verbs, not ranks', () => {
    expect(
      found(
        'Judge Tove Lind will head the inquiry into the harbour fire, the ministry said.',
        'Judge Tove Lind will lead the inquiry into the harbour fire, the ministry said.',
      ),
    ).toEqual([]);
  });

  it('reads a capitalised May as the month, not a hedge or a prospect', () => {
    const ds = findDiscrepancies(
      'The new ferry line to Varna opened in May after long delays, the operator said.',
      'The new ferry line to Varna opened in spring after long delays, the operator said.',
    );
    expect(ds.filter((d) => d.type === 'meaning')).toEqual([]);
  });
});
