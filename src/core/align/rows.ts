import type { Article } from '../text/types.ts';
import { headlines } from './pair-gather.ts';
import type { Link, Row } from './types.ts';

interface Neighbour {
  article: number;
  para: number;
  score: number;
}

/** Emits rows in order: each row preceded by the rows inserted before it and followed by those after it. */
function emitOrder(order: readonly number[], before: Map<number, number[]>, after: Map<number, number[]>): number[] {
  const out: number[] = [];
  // Iterative walk so that long chains of inserted rows cannot overflow the stack.
  const stack: [number, boolean][] = [];
  for (let k = order.length - 1; k >= 0; k--) stack.push([order[k] as number, false]);
  while (stack.length > 0) {
    const [row, expanded] = stack.pop() as [number, boolean];
    if (expanded) {
      out.push(row);
      continue;
    }
    const b = before.get(row) ?? [];
    const a = after.get(row) ?? [];
    for (let k = a.length - 1; k >= 0; k--) stack.push([a[k] as number, false]);
    stack.push([row, true]);
    for (let k = b.length - 1; k >= 0; k--) stack.push([b[k] as number, false]);
  }
  return out;
}

/**
 * Clusters links into rows for the side-by-side view. Rows follow the base article's order; each
 * other article's paragraph joins the row where its linked content already stands (strongest links
 * win; a headline's links to body paragraphs do not count), and a paragraph without such a link gets
 * a row of its own right after its predecessor's.
 * Every paragraph is in exactly one row's cells; rows it also links into list it under refs.
 */
export function buildRows(articles: readonly Article[], links: readonly Link[], base: string): Row[] {
  if (articles.length === 0) return [];
  const index = new Map(articles.map((a, k) => [a.id, k]));
  const baseIndex = index.get(base) ?? 0;
  const adjacency = articles.map((a) => a.paragraphs.map((): Neighbour[] => []));
  // A headline sums up the story: its links to body paragraphs are listed as references but place
  // no row, so headlines stand together and each lede stands with the ledes that match it.
  // (A page that repeats its headline has two: the copy counts as the headline too.)
  const heads = headlines(articles);
  const isHeadline = (a: number, p: number): boolean => {
    const h = heads[a] as number;
    const paras = (articles[a] as Article).paragraphs;
    return h >= 0 && (p === h || paras[p]?.text === paras[h]?.text);
  };
  for (const l of links) {
    const a = index.get(l.a);
    const b = index.get(l.b);
    if (a === undefined || b === undefined) continue;
    if (isHeadline(a, l.i) !== isHeadline(b, l.j)) continue;
    adjacency[a]?.[l.i]?.push({ article: b, para: l.j, score: l.score });
    adjacency[b]?.[l.j]?.push({ article: a, para: l.i, score: l.score });
  }

  const rowOf = articles.map((a) => new Int32Array(a.paragraphs.length).fill(-1));
  const cells: Map<number, number[]>[] = [];
  const newRow = (): number => cells.push(new Map()) - 1;
  const place = (article: number, para: number, row: number): void => {
    (rowOf[article] as Int32Array)[para] = row;
    const m = cells[row] as Map<number, number[]>;
    const list = m.get(article);
    if (list) list.push(para);
    else m.set(article, [para]);
  };

  let order: number[] = [];
  const baseArticle = articles[baseIndex] as Article;
  for (let p = 0; p < baseArticle.paragraphs.length; p++) {
    const r = newRow();
    place(baseIndex, p, r);
    order.push(r);
  }
  const placed = new Uint8Array(articles.length);
  placed[baseIndex] = 1;

  for (let x = 0; x < articles.length; x++) {
    if (x === baseIndex) continue;
    const count = (articles[x] as Article).paragraphs.length;
    const position = new Map(order.map((r, k) => [r, k]));
    for (let p = 0; p < count; p++) {
      // Squared scores: one verbatim sentence outweighs several loose links into another row.
      const weight = new Map<number, number>();
      for (const n of adjacency[x]?.[p] ?? []) {
        if (placed[n.article] !== 1) continue;
        const r = (rowOf[n.article] as Int32Array)[n.para] as number;
        weight.set(r, (weight.get(r) ?? 0) + n.score * n.score);
      }
      let best = -1;
      let bestWeight = 0;
      for (const [r, w] of weight) {
        const better = w > bestWeight || (w === bestWeight && (position.get(r) ?? 0) < (position.get(best) ?? 0));
        if (better) {
          best = r;
          bestWeight = w;
        }
      }
      if (best >= 0) place(x, p, best);
    }
    // Paragraphs with no placed content get their own row beside their neighbours.
    const before = new Map<number, number[]>();
    const after = new Map<number, number[]>();
    const rows = rowOf[x] as Int32Array;
    for (let p = 0; p < count; p++) {
      if ((rows[p] as number) >= 0) continue;
      const r = newRow();
      if (p > 0) {
        const anchor = rows[p - 1] as number;
        (after.get(anchor) ?? after.set(anchor, []).get(anchor))?.push(r);
      } else {
        let next = -1;
        for (let q = 1; q < count && next < 0; q++) next = rows[q] as number;
        if (next >= 0) (before.get(next) ?? before.set(next, []).get(next))?.push(r);
        else order.push(r);
      }
      place(x, p, r);
    }
    order = emitOrder(order, before, after);
    placed[x] = 1;
  }

  const refs: Map<number, Set<number>>[] = cells.map(() => new Map());
  const addRef = (row: number, article: number, para: number): void => {
    const m = refs[row] as Map<number, Set<number>>;
    const set = m.get(article);
    if (set) set.add(para);
    else m.set(article, new Set([para]));
  };
  for (const l of links) {
    const a = index.get(l.a);
    const b = index.get(l.b);
    if (a === undefined || b === undefined) continue;
    const ra = rowOf[a]?.[l.i];
    const rb = rowOf[b]?.[l.j];
    if (ra === undefined || rb === undefined || ra < 0 || rb < 0 || ra === rb) continue;
    addRef(rb, a, l.i);
    addRef(ra, b, l.j);
  }

  return order.map((r) => {
    const row: Row = { cells: {}, refs: {} };
    for (let k = 0; k < articles.length; k++) {
      const id = (articles[k] as Article).id;
      const c = cells[r]?.get(k);
      if (c) row.cells[id] = [...c].sort((x, y) => x - y);
      const f = refs[r]?.get(k);
      if (f) row.refs[id] = [...f].sort((x, y) => x - y);
    }
    return row;
  });
}
