import { describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/core/align/index.ts';
import { linkDiscrepancies } from '../../src/core/compare/link-discrepancies.ts';
import { nameVariants } from '../../src/core/facts/name-variants.ts';
import { parseArticle } from '../../src/core/text/index.ts';

// Invented reports of one appointment: the first spells the new envoy "Harlen" once, "Harlan" elsewhere.
const first = parseArticle(
  'first.txt',
  [
    'Governor Ruth Okafor names Tomas Harlan as interim harbour envoy',
    'Governor Ruth Okafor on Tuesday named Tomas Harlan, a shipping lawyer, as the interim harbour envoy.',
    '“I am here because the governor trusts me to keep the ferries running,” said Harlen, who starts in March.',
    'The post has been empty since the last envoy retired in the autumn.',
  ].join('\n\n'),
);
const second = parseArticle(
  'second.txt',
  [
    'Mr. Harlan, 52, is a shipping lawyer who has advised the port authority for a decade.',
    'The governor said on Tuesday that she trusts Mr. Harlan to keep the ferries running through the winter.',
    'Mr. Harlan starts in March.',
  ].join('\n\n'),
);
const spans = (a: Parameters<typeof nameVariants>[0], b: Parameters<typeof nameVariants>[1]) =>
  nameVariants(a, b).map((v) => [v.aSpan, v.bSpan, v.i, v.j]);

describe('names spelled differently across two articles', () => {
  it('reports a spelling one article uses and the other never does, at the paragraphs most alike', () => {
    expect(spans(first.paragraphs, second.paragraphs)).toEqual([['Harlen', 'Harlan', 2, 1]]);
    const [v] = nameVariants(first.paragraphs, second.paragraphs);
    expect(first.paragraphs[2]?.text.slice(v?.aStart, v?.aEnd)).toBe('Harlen');
    expect(second.paragraphs[1]?.text.slice(v?.bStart, v?.bEnd)).toBe('Harlan');
  });

  it('reads a slip at the start of a sentence, and one of two letters in a longer name', () => {
    // "Delagdo" only ever opens a sentence, and is two letters from "Delgado".
    const x = [
      { text: 'The council hired Marta Delgado, a water engineer, on Monday.' },
      { text: 'Delagdo also said the new pumps will be paid for by the state.' },
    ];
    const y = [
      { text: 'Ms. Delgado has run the valley water board for six years.' },
      { text: 'The state will pay for the new pumps, Ms. Delgado said.' },
    ];
    expect(spans(x, y)).toEqual([['Delagdo', 'Delgado', 1, 1]]);
    // An English word opening a sentence is not a name, however close to one ("Reads" / "Reade").
    const english = [
      { text: 'The council hired Anna Reade, a planner, on Monday.' },
      { text: 'Reads of the plan were due at noon.' },
    ];
    expect(spans(english, [{ text: 'Ms. Reade and Ms. Reade again.' }])).toEqual([]);
    // Two letters apart with another beginning or ending: two names ("Delgado" / "Delmaro").
    const other = [
      { text: 'The council hired Marta Delgado on Monday.' },
      { text: 'Her deputy, Delmaro, spoke later.' },
    ];
    expect(spans(other, y)).toEqual([]);
  });

  it('takes two names each used by their articles, or with other given names, for two people', () => {
    const x = [
      { text: 'The inquiry heard from Attorney General William Dorr on Monday.' },
      { text: 'Later, Senator Richard Durr, who chairs the committee, spoke.' },
    ];
    const y = [
      { text: 'Attorney General William Dorr wrote to the committee.' },
      { text: 'Dorr said the report was final.' },
    ];
    expect(spans(x, y)).toEqual([]);
    // Used more than once: not a slip of the pen.
    const z = [
      { text: 'Ministers from Velna and Velno met, and Velno agreed.' },
      { text: 'The talks in Velna ended.' },
    ];
    expect(spans(z, [{ text: 'Delegates from Velna met in Velna.' }])).toEqual([]);
  });

  it('reports nothing when both articles use the spelling, or the words differ by more than a slip', () => {
    const both = [
      { text: 'The envoy, said Harlen, starts in March.' },
      { text: 'Later Harlan spoke again.' },
    ];
    expect(spans(both, [{ text: 'The envoy, said Harlen and Harlan, starts in March.' }])).toEqual(
      [],
    );
    // Another word (a derived form), not a misspelt name.
    expect(
      spans(
        [{ text: 'A vote for Democracy in the region.' }],
        [{ text: 'A vote for Democratic rule.' }],
      ),
    ).toEqual([]);
  });

  it('does not compare names in an article that holds more names of one shape than prose does', () => {
    // Forty-one surnames of five letters starting with K, each used twice, and one slip of the first.
    const many = Array.from(
      { length: 41 },
      (_, k) =>
        `Ka${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}n`,
    );
    const roll = many.map((n) => ({ text: `The clerk read out ${n} and then ${n} again.` }));
    const slip = [
      { text: `The clerk read out ${many[0]} once.` },
      { text: 'Later the clerk read out Kaaon slowly.' },
    ];
    expect(spans(slip, roll)).toEqual([]);
    // With a few such names, the slip is found.
    expect(spans(slip, roll.slice(0, 3))).toEqual([['Kaaon', 'Kaaan', 1, 0]]);
  });

  it('takes no Title Case headline word, handle or acronym for a name', () => {
    expect(
      spans(
        [{ text: 'Council Seals Harbour Deal After Long Talks' }],
        [{ text: 'The mayor, Ines Dean, spoke.' }],
      ),
    ).toEqual([]);
    expect(
      spans(
        [{ text: 'The post by @SenMarlow drew replies.' }],
        [{ text: 'Senator Marlow wrote.' }],
      ),
    ).toEqual([]);
  });

  it('joins the discrepancies of the comparison, unless the linked paragraphs already report it', () => {
    // No links: the article-level check alone finds it.
    const alone = linkDiscrepancies([first, second], []);
    expect(alone.map((d) => [d.type, d.a, d.i, d.b, d.j, d.aSpan, d.bSpan])).toEqual([
      ['name', 'first.txt', 2, 'second.txt', 1, 'Harlen', 'Harlan'],
    ]);
    expect(alone[0]?.explanation).toBe(
      'The name is spelled “Harlen” once, where this article writes “Harlan” elsewhere, as the article it is compared with does.',
    );
    // Linked: the paragraphs report it, and it is not said a second time for the articles.
    const linked = linkDiscrepancies([first, second], alignArticles([first, second]).links).filter(
      (d) => d.type === 'name',
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((d) => /where this article writes/.test(d.explanation))).toEqual([]);
  });
});
