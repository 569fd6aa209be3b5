import type { Article } from '../../core/text/index.ts';
import type { SentenceRef } from './model.ts';

/** At most this many sentences in one row: a paragraph longer than that is shown in parts. */
const ROW_SENTENCES = 40;

/** A block of the claims article: sentences of one paragraph (all, or a part of a long one). */
export interface ArticleRow {
  paragraph: number;
  /** 0 for a paragraph's first part; the selection claims follow its last part. */
  part: number;
  last: boolean;
  boilerplate: boolean;
  items: SentenceRef[];
  /** Where the row starts in the text: rows are in reading order. */
  from: number;
}

/**
 * The rows of an article: the paragraphs with shown sentences (a long one in parts of
 * ROW_SENTENCES) or with selection claims (`extra`, paragraph indexes), in reading order.
 */
export function articleRows(
  article: Article,
  visible: readonly SentenceRef[],
  extra: ReadonlySet<number>,
): ArticleRow[] {
  const rows: ArticleRow[] = [];
  const add = (paragraph: number, items: SentenceRef[]) => {
    const p = article.paragraphs[paragraph];
    if (!p) return;
    const parts = Math.max(1, Math.ceil(items.length / ROW_SENTENCES));
    for (let part = 0; part < parts; part += 1) {
      const slice = items.slice(part * ROW_SENTENCES, (part + 1) * ROW_SENTENCES);
      rows.push({
        paragraph,
        part,
        last: part === parts - 1,
        boilerplate: p.boilerplate,
        items: slice,
        from: slice[0]?.start ?? p.start,
      });
    }
  };
  // One pass: the sentences come in reading order, paragraph by paragraph.
  const extras = [...extra].sort((a, b) => a - b);
  let i = 0;
  let e = 0;
  while (i < visible.length || e < extras.length) {
    const nextSentence = visible[i]?.paragraph ?? Infinity;
    const nextExtra = extras[e] ?? Infinity;
    if (nextExtra < nextSentence) {
      add(nextExtra, []);
      e += 1;
      continue;
    }
    let j = i;
    while (j < visible.length && visible[j]!.paragraph === nextSentence) j += 1;
    add(nextSentence, visible.slice(i, j));
    i = j;
    if (nextExtra === nextSentence) e += 1;
  }
  return rows;
}

/** The index of the row that holds the sentence starting at `start` (binary search), or -1. */
export function rowHolding(rows: readonly ArticleRow[], start: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.from <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && rows[found]!.items.some((s) => s.start === start) ? found : -1;
}

/** Most matches find-in-article counts and steps through. */
export const MAX_MATCHES = 10_000;

/** Offsets of each case-insensitive occurrence of query in text (none for a blank query). */
export function findAll(text: string, query: string): number[] {
  const q = query.trim();
  if (q === '') return [];
  const pattern = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const out: number[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push(m.index);
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

/** The visible sentence that holds an offset, or null (binary search over sentences in order). */
export function sentenceHolding(
  visible: readonly SentenceRef[],
  offset: number,
): SentenceRef | null {
  let lo = 0;
  let hi = visible.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = visible[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
