import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/core/facts/index.ts';
import type { Discrepancy } from '../../src/core/facts/index.ts';

const only = (a: string, b: string): Discrepancy => {
  const ds = findDiscrepancies(a, b);
  expect(ds.map((d) => [d.type, d.aSpan, d.bSpan])).toHaveLength(1);
  return ds[0] as Discrepancy;
};

describe('findDiscrepancies: dates and figures', () => {
  it('reads a slash date that could be either order both ways', () => {
    // The same day in two conventions: no change.
    expect(
      findDiscrepancies('The ferry sank on 4/3/2016.', 'The ferry sank on March 4, 2016.'),
    ).toEqual([]);
    expect(
      findDiscrepancies('He arrived on 11/9/2001 by train.', 'He arrived on 9/11/2001 by train.'),
    ).toEqual([]);
    // No reading agrees: a change.
    expect(only('The ferry sank on 3/4/2016.', 'The ferry sank on 3/5/2016.').type).toBe('date');
    expect(
      only('The vote on 5/6/2024 was delayed.', 'The vote on May 9, 2024 was delayed.').type,
    ).toBe('date');
  });

  it('reports a date written with slashes changed', () => {
    const d = only(
      'The ferry sank on 3/26/2016, the coastguard said.',
      'The ferry sank on 3/28/2016, the coastguard said.',
    );
    expect([d.type, d.aSpan, d.bSpan]).toEqual(['date', 'on 3/26/2016', 'on 3/28/2016']);
  });

  it('reports a changed number that labels a capitalised word ("Article 1" / "Article 3")', () => {
    const d = only(
      'The levy, set out in Article 1, Section 2 of the charter, was never collected.',
      'The levy, set out in Article 3, Section 2 of the charter, was never collected.',
    );
    expect([d.type, d.aSpan, d.bSpan]).toEqual(['number', 'Article 1', 'Article 3']);
  });

  it('reports a year changed', () => {
    const d = only(
      'The dam was completed in 2016 after years of delays, the ministry said.',
      'The dam was completed in 2017 after years of delays, the ministry said.',
    );
    expect(d).toMatchObject({ type: 'date', severity: 'high' });
    expect(d.aSpan).toContain('2016');
    expect(d.bSpan).toContain('2017');
  });

  it('reports the years of a term given otherwise in a loosely worded sentence', () => {
    const ds = findDiscrepancies(
      'The new bridge was drawn by Ivo Petek, whose studio he ran from 2001 until he retired, and opens in May.',
      'Ivo Petek, an architect born on the island, who ran the studio from 2002 until he retired, drew the bridge.',
    );
    expect(ds.filter((d) => d.type === 'date').map((d) => [d.aSpan, d.bSpan])).toEqual([
      ['2001', '2002'],
    ]);
  });

  it('reports a day of the month changed', () => {
    const d = only(
      'The referendum is set for March 26, the electoral commission announced.',
      'The referendum is set for March 28, the electoral commission announced.',
    );
    expect(d).toMatchObject({ type: 'date', aSpan: 'March 26', bSpan: 'March 28' });
  });

  it('reports a figure changed inside a range', () => {
    const d = only(
      'The new depot is a 30- to 45-minute drive from the old town, planners said.',
      'The new depot is a 30- to 60-minute drive from the old town, planners said.',
    );
    expect(d.type).toBe('number');
    expect(d.aSpan).toContain('45');
    expect(d.bSpan).toContain('60');
  });

  it('reports an age changed', () => {
    const d = only(
      'The driver, a woman in her late 30s, was taken to hospital in Grenmouth.',
      'The driver, a woman in her early 40s, was taken to hospital in Grenmouth.',
    );
    expect(d).toMatchObject({ type: 'number', aSpan: 'late 30s', bSpan: 'early 40s' });
  });

  it('reports the same bound put on another figure', () => {
    const d = only(
      'More than 1,000 residents signed the petition, organisers said.',
      'More than 1,300 residents signed the petition, organisers said.',
    );
    expect(d).toMatchObject({ type: 'number', severity: 'high' });
  });
});

describe('findDiscrepancies: the weight of a statement', () => {
  it('reports a reporting verb that casts doubt', () => {
    const d = only(
      'The mayor said the budget for the tram line was balanced.',
      'The mayor claimed the budget for the tram line was balanced.',
    );
    expect(d).toMatchObject({
      type: 'attribution',
      aSpan: 'The mayor said',
      bSpan: 'The mayor claimed',
    });
  });

  it('reports told turned into assured, and admitted into said', () => {
    expect(
      only(
        'The engineer told residents the bridge over the Marle was safe.',
        'The engineer assured residents the bridge over the Marle was safe.',
      ),
    ).toMatchObject({ type: 'attribution', aSpan: 'The engineer told residents' });
    expect(
      only(
        'The coach admitted the team had trained too little before the final.',
        'The coach said the team had trained too little before the final.',
      ),
    ).toMatchObject({ type: 'attribution', aSpan: 'The coach admitted', bSpan: 'The coach said' });
  });

  it('reports a hedge added to a claim', () => {
    const d = only(
      'The harbour master resigned over the collision in the port.',
      'The harbour master reportedly resigned over the collision in the port.',
    );
    expect(d.type).toBe('meaning');
    expect(d.bSpan).toContain('reportedly');
  });

  it('reads "presumptive" and "presumed" as hedges: no change against "likely", a change against none', () => {
    expect(
      findDiscrepancies(
        'Senator Hale, the likely nominee, spoke in Denver on Monday.',
        'Senator Hale, the presumptive nominee, spoke in Denver on Monday.',
      ),
    ).toEqual([]);
    expect(
      findDiscrepancies(
        'The missing climber is presumed dead, the rescue team said on Monday.',
        'The missing climber is probably dead, the rescue team said on Monday.',
      ),
    ).toEqual([]);
    const d = only(
      'Senator Hale, the nominee, spoke in Denver on Monday.',
      'Senator Hale, the presumptive nominee, spoke in Denver on Monday.',
    );
    expect([d.type, d.bSpan]).toEqual(['meaning', 'presumptive']);
  });

  it('reports a hedge verb dropped ("appears to")', () => {
    const d = only(
      'The fire appears to have started in the kitchen of the hostel.',
      'The fire started in the kitchen of the hostel.',
    );
    expect(d.type).toBe('meaning');
    expect(d.aSpan).toContain('appears to');
  });

  it('reports a hedge that comes with a negation or "that" ("appears not to", "does not appear that")', () => {
    const d = only(
      'The ferry was not part of the inspector’s report.',
      'The ferry appears not to be part of the inspector’s report.',
    );
    expect(d.type).toBe('meaning');
    expect(d.bSpan).toContain('appears not to');
    const e = only(
      'The ferry was not in any part of the inspector’s report.',
      'It does not appear that the ferry was any part of the inspector’s report.',
    );
    expect([e.type, e.bSpan]).toEqual(['meaning', 'It does not appear that']);
  });

  it('takes a negation moved within the sentence for no reversed statement', () => {
    expect(
      findDiscrepancies(
        'The ferry was not in any part of the inspector’s report.',
        'It does not appear that the ferry was any part of the inspector’s report.',
      ).filter((d) => /reversed/.test(d.explanation)),
    ).toEqual([]);
    // A negation moved into the clause after "expect" or "think" is none; one that lands in another clause is.
    expect(
      findDiscrepancies(
        'I don’t think the mayor will run again, she said.',
        'I think the mayor won’t run again, she said.',
      ),
    ).toEqual([]);
    expect(
      findDiscrepancies(
        'Officials did not expect the bridge to reopen, and the ferry kept running.',
        'Officials expected the bridge to reopen, and the ferry did not keep running.',
      ).filter((d) => /reversed/.test(d.explanation)),
    ).toHaveLength(2);
    // Two reversals that keep the count of negations are two reversals.
    expect(
      findDiscrepancies(
        'The harbour master did not sign the order but backed the appeal on Tuesday.',
        'The harbour master signed the order but did not back the appeal on Tuesday.',
      ).filter((d) => /reversed/.test(d.explanation)),
    ).toHaveLength(2);
    // "No. 10" is no negation.
    expect(
      findDiscrepancies(
        'A No. 10 spokesman said the minister would resign in June.',
        'A Downing Street spokesman said the minister would not resign in June.',
      ).filter((d) => /reversed/.test(d.explanation)),
    ).toHaveLength(1);
    // One negation against none is still a reversal.
    expect(
      findDiscrepancies(
        'The ferry was not part of the inspector’s report.',
        'The ferry was part of the inspector’s report.',
      ).map((d) => [/reversed/.test(d.explanation), d.aSpan.includes('not')]),
    ).toEqual([[true, true]]);
  });

  it('takes no noun or time phrase for a hedge ("the suspect that", "appeared that night")', () => {
    const none = [
      [
        'The suspect that police arrested on Friday was released.',
        'The man that police arrested on Friday was released.',
      ],
      [
        'The judge ordered the suspect not to contact witnesses.',
        'The judge ordered the defendant not to contact witnesses.',
      ],
      [
        'The senator appeared that night at a rally in Dayton.',
        'The senator spoke that night at a rally in Dayton.',
      ],
    ];
    for (const [a, b] of none)
      expect(
        findDiscrepancies(a as string, b as string).filter((d) => /hedges/.test(d.explanation)),
      ).toEqual([]);
  });

  it('takes a repeated condition or hedge dropped, or "as if", for no change of the claim', () => {
    const none = [
      [
        'Rates will rise if inflation persists or if wages climb, the bank said.',
        'Rates will rise if inflation persists or wages climb, the bank said.',
      ],
      [
        'It looked as if the talks had failed, and troops would move if they did.',
        'It looked like the talks had failed, and troops would move if they did.',
      ],
      [
        'The fire was probably started by a cigarette and probably spread through the vents.',
        'The fire was probably started by a cigarette and spread through the vents.',
      ],
    ];
    for (const [a, b] of none) expect(findDiscrepancies(a as string, b as string)).toEqual([]);
    // Another hedge dropped, one kept: a change.
    expect(
      only(
        'The fire was probably caused by a cigarette and allegedly spread through the vents.',
        'The fire was probably caused by a cigarette and spread through the vents.',
      ).aSpan,
    ).toBe('allegedly');
  });

  it('reports a condition stated as a fact in a sentence that keeps another condition', () => {
    const d = only(
      'Asked if she would back the levy if it cost jobs on the quay, the mayor called for balance.',
      'Asked if she would back the levy as it cost jobs on the quay, the mayor called for balance.',
    );
    expect([d.type, d.aSpan, d.bSpan]).toEqual(['meaning', 'if', 'as']);
    // One condition moved within the sentence is none added.
    expect(
      findDiscrepancies(
        'If the talks fail, the port will close, the mayor said.',
        'The port will close if the talks fail, the mayor said.',
      ),
    ).toEqual([]);
  });

  it('takes a headline’s other words for one rank or role for no change', () => {
    const none = [
      ['Ex-Minister Charged With Fraud', 'Former Minister Charged With Fraud'],
      ['Top Aide To Governor Resigns', 'Senior Aide To Governor Resigns'],
      ['Harbour Chair Signals Fee Cut In June', 'Harbour Chief Signals Fee Cut In June'],
      ['Acting On Tip, Officers Seize Guns', 'Following Tip, Officers Seize Guns'],
    ];
    for (const [a, b] of none) expect(findDiscrepancies(a as string, b as string)).toEqual([]);
    expect(only('Former Mayor Charged With Fraud', 'Mayor Charged With Fraud').aSpan).toBe(
      'Former Mayor',
    );
    expect(only('Deputy Mayor Resigns Over Leak', 'Mayor Resigns Over Leak').aSpan).toBe(
      'Deputy Mayor',
    );
  });

  it('takes "ex-" for "former" in a sentence too, and still reports a rank added', () => {
    expect(
      findDiscrepancies(
        'The ex-mayor John Hale spoke at the harbour rally on Friday.',
        'The former mayor John Hale spoke at the harbour rally on Friday.',
      ),
    ).toEqual([]);
    expect(
      only(
        'The former mayor John Hale spoke at the harbour rally on Friday.',
        'The mayor John Hale spoke at the harbour rally on Friday.',
      ).aSpan,
    ).toBe('former mayor');
  });

  it('reports a rank changed in a headline, where hedges and attribution are not compared', () => {
    const d = only(
      'Governor Hale Picks Interim Aide To Fill Senate Seat',
      'Governor Hale Picks Permanent Aide To Fill Senate Seat',
    );
    expect([d.type, d.aSpan, d.bSpan]).toEqual(['name', 'Interim Aide', 'Permanent Aide']);
    expect(
      findDiscrepancies(
        'Governor Hale reportedly picks aide to fill Senate seat',
        'Governor Hale picks aide to fill Senate seat',
      ),
    ).toEqual([]);
  });

  it('reports a condition stated as a fact', () => {
    const d = only(
      'Bread prices will rise if the fighting continues, the central bank warned.',
      'Bread prices will rise as the fighting continues, the central bank warned.',
    );
    expect(d.type).toBe('meaning');
    expect(d.aSpan).toContain('if');
    expect(d.bSpan).toContain('as');
  });

  it('reports a future stated as done', () => {
    const d = only(
      'The regional council will approve the new bus routes, officials said.',
      'The regional council approved the new bus routes, officials said.',
    );
    expect(d.type).toBe('meaning');
    expect(d.aSpan).toContain('will');
  });
});

describe('findDiscrepancies: reversals and roles', () => {
  it('reports refuge turned into evacuation', () => {
    const d = only(
      'Hundreds of residents took refuge in the stadium, police said.',
      'Hundreds of residents were evacuated from the stadium, police said.',
    );
    expect(d).toMatchObject({ type: 'meaning', severity: 'high' });
  });

  it('reports support turned into opposition', () => {
    const d = only(
      'Senator Ilse Marn supports the water bill, her office said.',
      'Senator Ilse Marn opposes the water bill, her office said.',
    );
    expect(d).toMatchObject({ type: 'meaning', aSpan: 'supports', bSpan: 'opposes' });
  });

  it('reports a plan approved against one under discussion', () => {
    const d = only(
      'The ferry timetable was approved by the harbour board, a spokesman said.',
      'The ferry timetable is under discussion by the harbour board, a spokesman said.',
    );
    expect(d).toMatchObject({ type: 'meaning', severity: 'high' });
    expect(d.aSpan).toContain('approved');
    expect(d.bSpan).toContain('discussion');
  });

  it('reports a rank added to a role', () => {
    const d = only(
      'A senior official said the talks in Varna would resume on Monday.',
      'An official said the talks in Varna would resume on Monday.',
    );
    expect(d).toMatchObject({ type: 'name', aSpan: 'senior official', bSpan: 'official' });
  });

  it('reports chief correspondent against correspondent, and interim against permanent', () => {
    expect(
      only(
        'It is a worrying time, says Ola Brandt, the paper’s chief foreign correspondent.',
        'It is a worrying time, says Ola Brandt, the paper’s foreign correspondent.',
      ),
    ).toMatchObject({ type: 'name', aSpan: 'chief foreign correspondent' });
    expect(
      only(
        'Tove Lind was named permanent director of the city museum on Friday.',
        'Tove Lind was named interim director of the city museum on Friday.',
      ).type,
    ).toBe('name');
  });

  it('reports one role given for another', () => {
    const d = only(
      'Maria Lenz, the firm’s CEO, announced the merger with Daltek on Tuesday.',
      'Maria Lenz, the firm’s president, announced the merger with Daltek on Tuesday.',
    );
    expect(d).toMatchObject({ type: 'name', aSpan: 'CEO', bSpan: 'president' });
  });

  it('reports a misspelt word inside a name', () => {
    const d = only(
      'The Supreme Court rejected the appeal by the port authority on Friday.',
      'The Supreme Cuort rejected the appeal by the port authority on Friday.',
    );
    expect(d).toMatchObject({ type: 'name', aSpan: 'Court', bSpan: 'Cuort' });
  });

  it('reports a word added inside a quotation that runs on from another paragraph', () => {
    const d = only(
      '“We were the finest crew in the fleet, and the hardest working one too,” the captain recalled.',
      'We were the finest crew in all the fleet.” The ship was sold in June.',
    );
    // The added word shows with the words around it, on both sides alike.
    expect(d).toMatchObject({ type: 'quote', aSpan: 'in the', bSpan: 'in all the' });
  });

  it('reports the same claim credited to another named source', () => {
    const d = only(
      'The harbour will close for repairs in spring, Mayor Ilse Marn said.',
      'The harbour will close for repairs in spring, the Transport Ministry said.',
    );
    expect(d).toMatchObject({ type: 'attribution' });
    expect(d.explanation).toContain('different sources');
  });
});
