import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/text/index.ts';
import {
  articleRows,
  findAll,
  rowHolding,
  sentenceHolding,
} from '../../src/features/claims/article-rows.ts';
import type { SentenceRef } from '../../src/features/claims/model.ts';

const refs = (text: string) => {
  const article = parseArticle('a', text);
  const sentences: SentenceRef[] = article.paragraphs.flatMap((p) =>
    p.sentences.map((s, k) => ({ paragraph: p.index, sentence: k, start: s.start, end: s.end })),
  );
  return { article, sentences };
};

// A title, a paragraph of 100 sentences, a short one and a last one.
const LONG = Array.from({ length: 100 }, (_, k) => `Boat ${k + 1} came in.`).join(' ');
const TEXT = `Harbour log\n\n${LONG}\n\nThe pier was closed. It reopened at noon.\n\nNothing else happened.`;

describe('rows of the claims article', () => {
  it('shows a paragraph of 100 sentences in parts of at most 40, in reading order', () => {
    const { article, sentences } = refs(TEXT);
    const rows = articleRows(article, sentences, new Set());
    const long = rows.filter((r) => r.paragraph === 1);
    expect(long.map((r) => r.items.length)).toEqual([40, 40, 20]);
    expect(long.map((r) => r.last)).toEqual([false, false, true]);
    expect(rows.flatMap((r) => r.items)).toEqual(sentences);
  });

  it('keeps a paragraph whose only entries are selection claims, in its place', () => {
    const { article, sentences } = refs(TEXT);
    const shown = sentences.filter((s) => s.paragraph !== 2);
    const rows = articleRows(article, shown, new Set([2]));
    expect(rows.map((r) => r.paragraph)).toEqual([0, 1, 1, 1, 2, 3]);
    expect(rows[4]!.items).toEqual([]);
  });

  it('finds the row of a sentence by its start, and none for a sentence not shown', () => {
    const { article, sentences } = refs(TEXT);
    const rows = articleRows(article, sentences, new Set());
    const s90 = sentences.find((s) => TEXT.slice(s.start, s.end) === 'Boat 90 came in.')!;
    expect(rows[rowHolding(rows, s90.start)]!.items).toContain(s90);
    const last = sentences.at(-1)!;
    const without = articleRows(article, sentences.slice(0, -1), new Set());
    expect(rowHolding(without, last.start)).toBe(-1);
  });
});

describe('find in the article', () => {
  it('finds every occurrence whatever the case, taking the query as plain text', () => {
    expect(findAll('Boat 1. boat 2. BOAT 3.', 'boat')).toEqual([0, 8, 16]);
    expect(findAll('cost (est.) 5 and (est.) 6', '(est.)')).toEqual([5, 18]);
    expect(findAll('anything', '  ')).toEqual([]);
  });

  it('names the shown sentence holding an offset, or none between sentences', () => {
    const { sentences } = refs(TEXT);
    const at = TEXT.indexOf('reopened');
    const s = sentenceHolding(sentences, at)!;
    expect(TEXT.slice(s.start, s.end)).toBe('It reopened at noon.');
    expect(sentenceHolding(sentences, TEXT.indexOf('\n\n'))).toBeNull();
  });
});
