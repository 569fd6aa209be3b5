import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/core/facts/index.ts';

const quotes = (a: string, b: string) =>
  findDiscrepancies(a, b)
    .filter((d) => d.type === 'quote')
    .map((d) => [d.aSpan, d.bSpan]);

describe('changed wording inside quotations', () => {
  it('reports each changed stretch of a quotation on its own, with short spans', () => {
    expect(
      quotes(
        '"We will open the northern bridge in spring, and the toll will stay at two euros for every car," the mayor said.',
        '"We will open the eastern bridge in spring, and the toll will stay at two euros for most cars," the mayor said.',
      ),
    ).toEqual([
      ['northern', 'eastern'],
      ['every car', 'most cars'],
    ]);
  });

  it('ignores the same word written otherwise and an omission marked with an ellipsis', () => {
    expect(
      quotes(
        'Ms. Halloran said: "I think that is O.K. with the crews, and we will keep the depot open through the winter months."',
        'Ms. Halloran said: "I think that is OK with the crews ... through the winter months."',
      ),
    ).toEqual([]);
  });

  it('reads "O.K.", "OK" and "okay" as one word: only the words really changed are reported', () => {
    expect(
      quotes(
        'Mr. Lane told the panel: “You might think that’s okay. I think it’s wrong, and I think it’s unfair to the town.”',
        'Mr. Lane told the panel, “You might think it’s O.K. I think it’s wrong. And yes, I think it’s unfair to the town.”',
      ),
    ).toEqual([['and I', 'And yes,']]);
  });

  it('reads one pointing word for another as the same quotation, but not another person', () => {
    const said = (a: string, b: string) =>
      quotes(
        `“We looked at the plan, and ${a} not acceptable,” Ms. Ortiz said.`,
        `“We looked at the plan, and ${b} not acceptable,” Ms. Ortiz said.`,
      );
    // "That's" and "it's" point at the plan alike.
    expect(said('that’s', 'it’s')).toEqual([]);
    expect(said('this is', 'it is')).toEqual([]);
    // Who is not acceptable changed.
    expect(said('they’re', 'you’re')).toEqual([['they’re', 'you’re']]);
  });

  it('reports a word or two changed in a quotation, but not many words replaced by many others', () => {
    const said = (middle: string) =>
      `"We knew the storm was coming and ${middle} so we moved the boats to the inner harbour," the harbour master said.`;
    expect(
      quotes(
        said('we waited for the word from the port office,'),
        said('we waited for the call from the port office,'),
      ),
    ).toEqual([['word', 'call']]);
    // Five and more words on both sides: another excerpt of the speech or a paraphrase, not a misquote.
    expect(
      quotes(
        said('nobody in the town could sleep that night,'),
        said('every single family had packed up its things,'),
      ),
    ).toEqual([]);
  });

  it('does not count narration next to a quotation as quoted words', () => {
    expect(
      quotes(
        '“I don’t think the depot is safe,” he said Tuesday.',
        'But “I don’t think the depot is safe.”',
      ),
    ).toEqual([]);
  });

  it('compares two excerpts of one quotation that share a run of quoted words', () => {
    // Few content words in common overall, but "a race to the bottom" is the same quoted words.
    const found = quotes(
      'Aides said the campaign "has been a race to the bottom. We have seen smears, rumours and distortions of every record."',
      'He added: "I think the contest has been, in many cases, a race to the bottom."',
    );
    expect(found).toEqual([['been a', 'been, in many cases,']]);
  });

  it('keeps quotations that share only common words apart', () => {
    expect(
      quotes(
        '"I think it is time for a change in the harbour office," the mayor said.',
        '"I think it is a good budget for the schools," the treasurer said.',
      ),
    ).toEqual([]);
  });
});

describe('a quotation cut short, or split in two', () => {
  it('reports a quotation that stops mid-sentence where the other goes on, with the words cut', () => {
    expect(
      quotes(
        'The mayor said: “The budget is late. I think the plan is careless and a danger to the harbour.”',
        'The mayor said: “The budget is late. I think the plan is careless.”',
      ),
    ).toEqual([['careless and a danger to the harbour', 'careless.']]);
  });

  it('takes a quotation ending where its sentence ends, or cut at a comma, for an excerpt', () => {
    // The shorter one leaves out a whole sentence: an excerpt.
    expect(
      quotes(
        'The mayor said: “I think the plan is careless. It is a danger to the harbour.”',
        'The mayor said: “I think the plan is careless.”',
      ),
    ).toEqual([]);
    // The longer one goes on after a comma: a new clause, not the words of the one cut.
    expect(
      quotes(
        'The mayor said: “I think the plan is careless, and we will vote against it.”',
        'The mayor said: “I think the plan is careless.”',
      ),
    ).toEqual([]);
  });

  it('compares each half of a quotation that one side splits around its attribution', () => {
    expect(
      quotes(
        '“I do not think it is fair to the families of the crews, and I do not think it is honest,” she said on Friday. “And yes, I think it is unlawful and a breach of the treaty.”',
        'She went on: “I do not think it is fair to the families of the crews, and I do not think it is honest. And yes, I think it is unlawful.”',
      ),
    ).toEqual([['unlawful and a breach of the treaty', 'unlawful.']]);
  });
});

describe('a few words quoted from a longer quotation', () => {
  it('reports a fragment with one word replaced, with the words it stands for', () => {
    expect(
      quotes(
        'Ms. Reyes said landlords should “maintain their buildings” and pay the fines.',
        '“Landlords have to repair their buildings and pay what they owe,” Ms. Reyes said.',
      ),
    ).toEqual([['maintain their buildings', 'repair their buildings']]);
  });

  it('reports a fragment whose words the other side quotes in other forms', () => {
    expect(
      quotes(
        'He accused the board of “weakening the trust” of depositors.',
        '“You have weakened trust in this bank and in its staff,” he told the board.',
      ),
    ).toEqual([['weakening the trust', 'weakened trust']]);
  });

  it('reports nothing for a fragment quoted word for word, or with two words of its own', () => {
    // Two of four words differ: the writer's words around a shared phrase, not a misquote of one word.
    expect(
      quotes(
        'She said the council should not “sell off its parks” to balance the books.',
        '“We were elected to guard its parks and its libraries, not to spend them,” she told the council.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'He said the plan would “repair their buildings” soon.',
        '“Landlords have to repair their buildings and pay what they owe,” Ms. Reyes said.',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'She called it “a matter of time” for the council.',
        '“It is a question of money and of the will of the council,” she said.',
      ),
    ).toEqual([]);
  });
});

describe('the same words as spoken, set down otherwise', () => {
  it('takes fillers, compounds, a list joined by a comma and a word said twice for no change', () => {
    const said = (a: string, b: string) =>
      quotes(`The mayor said: “${a}”`, `The mayor said: “${b}”`);
    expect(
      said(
        'It is about cost. Not a plan for the town.',
        'It is about cost. Oh, not a plan for the town.',
      ),
    ).toEqual([]);
    expect(
      said('I question his world view on the harbour.', 'I question his worldview on the harbour.'),
    ).toEqual([]);
    expect(
      said(
        'Ferries, trams, buses, the bridges have nothing on it.',
        'Ferries, trams, buses and the bridges have nothing on it.',
      ),
    ).toEqual([]);
    expect(
      said(
        'I do not believe that that is what we are here for.',
        'I do not believe that is what we are here for.',
      ),
    ).toEqual([]);
    // Words the speaker broke off, before a dash, that the other side leaves out.
    expect(
      said(
        'But I am talking about his world view or his -- the way he runs the port.',
        'But I am talking about his worldview, the way he runs the port.',
      ),
    ).toEqual([]);
    // A word changed beside them still is.
    expect(
      said(
        'I question his world view on the harbour and the ferry fares for the islands.',
        'I question his worldview on the river and the ferry fares for the islands.',
      ),
    ).toEqual([['world view on the harbour', 'worldview on the river']]);
  });
});
