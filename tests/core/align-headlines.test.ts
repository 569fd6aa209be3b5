import { describe, expect, it } from 'vitest';
import { alignArticles, pairEvidence, type Link } from '../../src/core/align/index.ts';
import { pairStatus } from '../../src/core/align/pair-features.ts';
import { headlines } from '../../src/core/align/pair-gather.ts';
import { parseArticle } from '../../src/core/text/index.ts';

// Invented reports of one event (not reference text).
const body = (lede: string) => `${lede}

The council said repairs to the Harlow bridge would take three weeks and cost about $2 million.

Commuters were told to use the ferry, which will run every twenty minutes until the bridge reopens.`;

const A = `Harlow bridge closed after barge strike\n\n${body('The Harlow bridge was closed on Monday after a runaway barge struck one of its piers, the county council said.')}`;
// The other outlet tells the rest in its own words: two texts that share most paragraphs verbatim are
// near-copies, where the rules alone decide.
const B = `Drifting Barge Shuts Harlow Crossing for Weeks

A drifting barge hit a pier of the Harlow bridge on Monday, forcing the council to shut it to traffic.

Fixing the damaged pier should take about three weeks, officials said, at a cost of roughly $2 million.

Until then a ferry will carry commuters across the river every twenty minutes.`;

const has = (links: readonly Link[], a: string, i: number, b: string, j: number) =>
  links.some(
    (l) =>
      (l.a === a && l.i === i && l.b === b && l.j === j) ||
      (l.a === b && l.i === j && l.b === a && l.j === i),
  );

describe('headlines', () => {
  it('takes a first line in headline style as the headline, and not a caption written as prose', () => {
    const headline = parseArticle('h.txt', A);
    const caption = parseArticle(
      'c.txt',
      `A worker inspects the damage to a pier of the bridge at the end of the day\n\n${body('The bridge was closed on Monday.')}`,
    );
    const sentence = parseArticle('s.txt', body('The bridge was closed on Monday.'));
    expect(Array.from(headlines([headline, caption, sentence]))).toEqual([0, -1, -1]);
  });

  it('links two headlines that state the same event in other words, and each to the lede that states it', () => {
    const { links } = alignArticles([parseArticle('a.txt', A), parseArticle('b.txt', B)]);
    expect(has(links, 'a.txt', 0, 'b.txt', 0)).toBe(true);
    expect(has(links, 'a.txt', 0, 'b.txt', 1)).toBe(true);
  });

  it('links each headline to the other outlet’s lede when two outlets print one wire story under their own', () => {
    // The same body word for word: a near-copy, where the rules decide all but such pairs.
    const wire = `Drifting Barge Shuts Harlow Crossing for Weeks\n\n${body('A drifting barge hit a pier of the Harlow bridge on Monday, forcing the council to shut it to traffic.')}`;
    const { links } = alignArticles([parseArticle('a.txt', A), parseArticle('w.txt', wire)]);
    expect(has(links, 'a.txt', 0, 'w.txt', 0)).toBe(true);
    expect(has(links, 'a.txt', 0, 'w.txt', 1)).toBe(true);
    expect(has(links, 'a.txt', 1, 'w.txt', 1)).toBe(true);
  });

  it('shows the headlines in one row, and the ledes that state them in the next', () => {
    const { rows } = alignArticles([parseArticle('a.txt', A), parseArticle('b.txt', B)]);
    expect(rows[0]?.cells).toEqual({ 'a.txt': [0], 'b.txt': [0] });
    expect(rows[1]?.cells).toEqual({ 'a.txt': [1], 'b.txt': [1] });
  });

  it('links two headlines that share a name and a common word', () => {
    const a = parseArticle(
      'a.txt',
      `Harlow school to close in June\n\nThe primary school in Harlow will close its doors in June, the town council said.`,
    );
    const b = parseArticle(
      'b.txt',
      `Parents Angry Over Plan to Shut Harlow School\n\nParents gathered outside the gates on Friday to protest against the plan.`,
    );
    const { links } = alignArticles([a, b]);
    expect(has(links, 'a.txt', 0, 'b.txt', 0)).toBe(true);
    // Linked by the headline rule itself, not left to the combiner's judgement.
    const pair = pairEvidence([a, b]).find((r) => r.i === 0 && r.j === 0);
    expect(pair && pairStatus(pair.x)).toBe('rule');
  });

  it('does not link two headlines that share only one name', () => {
    const other = `Harlow mayor opens new library wing\n\nThe mayor of Harlow opened the new wing of the town library on Saturday.`;
    const { links } = alignArticles([parseArticle('a.txt', A), parseArticle('o.txt', other)]);
    expect(has(links, 'a.txt', 0, 'o.txt', 0)).toBe(false);
  });

  it('gives a headline the page repeats the links of its first copy', () => {
    const repeated = `Drifting Barge Shuts Harlow Crossing for Weeks\n\n${B}`;
    const b = parseArticle('b.txt', repeated);
    expect(b.paragraphs[1]?.boilerplate).toBe(true);
    const { links } = alignArticles([parseArticle('a.txt', A), b]);
    const first = links.filter((l) => l.b === 'b.txt' && l.j === 0).map((l) => l.i);
    const copy = links.filter((l) => l.b === 'b.txt' && l.j === 1).map((l) => l.i);
    expect(first.length).toBeGreaterThan(0);
    expect(copy).toEqual(first);
    // The copy stands with the headlines, not with the ledes its first copy is linked to.
    const { rows } = alignArticles([parseArticle('a.txt', A), b]);
    const rowOfCopy = rows.find((r) => r.cells['b.txt']?.includes(1));
    expect(rowOfCopy?.cells['a.txt'] ?? []).not.toContain(1);
  });
});
