import type { Article } from '../text/types.ts';
import { headlines } from './pair-gather.ts';
import { isProse } from './prose.ts';
import { linkStrength } from './strength.ts';
import type { Link, Row } from './types.ts';

/** Emits rows in order: each row preceded by the rows inserted before it and followed by those after it. */
function emitOrder(order: readonly number[], before: Map<number, number[]>, after: Map<number, number[]>): number[] {
  const out: number[] = [];
  // Iterative walk so that long chains of inserted rows cannot overflow the stack. A row to expand
  // is pushed as itself, one already expanded (to emit) as -1 - row.
  const stack: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) stack.push(order[k] as number);
  while (stack.length > 0) {
    const row = stack.pop() as number;
    if (row < 0) {
      out.push(-1 - row);
      continue;
    }
    const b = before.get(row);
    const a = after.get(row);
    if (a !== undefined) for (let k = a.length - 1; k >= 0; k--) stack.push(a[k] as number);
    stack.push(-1 - row);
    if (b !== undefined) for (let k = b.length - 1; k >= 0; k--) stack.push(b[k] as number);
  }
  return out;
}

/** Every link's two articles as indexes (-1 for an id not among the articles). */
function linkArticles(index: ReadonlyMap<string, number>, links: readonly Link[]): { la: Int32Array; lb: Int32Array } {
  const la = new Int32Array(links.length);
  const lb = new Int32Array(links.length);
  links.forEach((l, k) => {
    la[k] = index.get(l.a) ?? -1;
    lb[k] = index.get(l.b) ?? -1;
  });
  return { la, lb };
}

/**
 * Each link's two paragraphs numbered first[a] + p (-1 when the link names a paragraph that does not
 * exist) and its score: the passes below read these arrays, not the hundred thousand link objects.
 */
function linkColumns(articles: readonly Article[], links: readonly Link[], la: Int32Array, lb: Int32Array, first: Int32Array) {
  const count = Int32Array.from(articles, (a) => a.paragraphs.length);
  const g = new Int32Array(links.length);
  const h = new Int32Array(links.length);
  const score = new Float64Array(links.length);
  for (let k = 0; k < links.length; k++) {
    const l = links[k] as Link;
    const a = la[k] as number;
    const b = lb[k] as number;
    const ok = a >= 0 && b >= 0 && l.i >= 0 && l.j >= 0 && l.i < (count[a] as number) && l.j < (count[b] as number);
    g[k] = ok ? (first[a] as number) + l.i : -1;
    h[k] = ok ? (first[b] as number) + l.j : -1;
    score[k] = linkStrength(l);
  }
  return { g, h, score };
}

type LinkColumns = ReturnType<typeof linkColumns>;

/**
 * The neighbours of each paragraph (numbered first[a] + p) through the links that place rows: links
 * between two existing paragraphs on the same side of the headline line. A large set has a hundred
 * thousand links, so they are kept in typed arrays (CSR, in link order) rather than objects.
 */
function rowNeighbours(cols: LinkColumns, la: Int32Array, lb: Int32Array, total: number, headline: Uint8Array) {
  const n = cols.g.length;
  const degree = new Int32Array(total + 1);
  const placing = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const g = cols.g[k] as number;
    const h = cols.h[k] as number;
    if (g < 0 || headline[g] !== headline[h]) continue;
    placing[k] = 1;
    degree[g + 1] = (degree[g + 1] as number) + 1;
    degree[h + 1] = (degree[h + 1] as number) + 1;
  }
  for (let g = 0; g < total; g++) degree[g + 1] = (degree[g + 1] as number) + (degree[g] as number);
  const fill = degree.slice(0, total);
  const neighbour = new Int32Array(degree[total] as number);
  const neighbourArticle = new Int32Array(degree[total] as number);
  const neighbourScore = new Float64Array(degree[total] as number);
  for (let k = 0; k < n; k++) {
    if (placing[k] === 0) continue;
    const g = cols.g[k] as number;
    const h = cols.h[k] as number;
    const score = cols.score[k] as number;
    let q = fill[g] as number;
    neighbour[q] = h;
    neighbourArticle[q] = lb[k] as number;
    neighbourScore[q] = score;
    fill[g] = q + 1;
    q = fill[h] as number;
    neighbour[q] = g;
    neighbourArticle[q] = la[k] as number;
    neighbourScore[q] = score;
    fill[h] = q + 1;
  }
  return { degree, neighbour, neighbourArticle, neighbourScore };
}

type Neighbours = ReturnType<typeof rowNeighbours>;

/** The rows being built: each paragraph's row, and each row's cells (per article, the paragraphs in it). */
interface Layout {
  rowOf: Int32Array[];
  cells: Map<number, number[]>[];
}

function place(layout: Layout, article: number, para: number, row: number): void {
  (layout.rowOf[article] as Int32Array)[para] = row;
  const m = layout.cells[row] as Map<number, number[]>;
  const list = m.get(article);
  if (list) list.push(para);
  else m.set(article, [para]);
}

/**
 * Each article's lede, numbered first[a] + p: its first prose paragraph (not furniture, its last
 * sentence closed as a sentence is) that is not a headline or a copy of one; -1 when it has none.
 */
function ledes(articles: readonly Article[], first: Int32Array, headline: Uint8Array): Int32Array {
  return Int32Array.from(articles, (a, k) => {
    const p = a.paragraphs.findIndex((para, i) => headline[(first[k] as number) + i] !== 1 && isProse(para));
    return p < 0 ? -1 : (first[k] as number) + p;
  });
}

/**
 * The row of the placed lede that the lede g links to most strongly, or -1: ledes sum up the same
 * event, and one linked to another stands beside it, even where a later paragraph shares more
 * words with it (a lede that names the programme an interview was on, beside the paragraph that
 * reports the interview).
 */
function ledeRow(g: number, nb: Neighbours, placed: Uint8Array, lede: Int32Array, layout: Layout, first: Int32Array): number {
  let row = -1;
  let best = -1;
  for (let k = nb.degree[g] as number; k < (nb.degree[g + 1] as number); k++) {
    const a = nb.neighbourArticle[k] as number;
    const h = nb.neighbour[k] as number;
    if (placed[a] !== 1 || h !== lede[a] || (nb.neighbourScore[k] as number) <= best) continue;
    best = nb.neighbourScore[k] as number;
    row = (layout.rowOf[a] as Int32Array)[h - (first[a] as number)] as number;
  }
  return row;
}

/**
 * Places each paragraph of article x that links to placed content in the row it links to most
 * (summed squared scores: one verbatim sentence outweighs several loose links into another row; ties
 * go to the row that comes first). `weight` and `stamp` are scratch, one entry per row.
 */
function placeLinked(
  x: number,
  count: number,
  first: Int32Array,
  nb: Neighbours,
  placed: Uint8Array,
  layout: Layout,
  position: Int32Array,
  weight: Float64Array,
  stamp: Int32Array,
  touched: Int32Array,
  lede: Int32Array,
): void {
  for (let p = 0; p < count; p++) {
    const g = (first[x] as number) + p;
    if (g === lede[x]) {
      const r = ledeRow(g, nb, placed, lede, layout, first);
      if (r >= 0) {
        place(layout, x, p, r);
        continue;
      }
    }
    let found = 0;
    for (let k = nb.degree[g] as number; k < (nb.degree[g + 1] as number); k++) {
      const a = nb.neighbourArticle[k] as number;
      if (placed[a] !== 1) continue;
      const r = (layout.rowOf[a] as Int32Array)[(nb.neighbour[k] as number) - (first[a] as number)] as number;
      if (stamp[r] !== g) {
        stamp[r] = g;
        weight[r] = 0;
        touched[found++] = r;
      }
      const score = nb.neighbourScore[k] as number;
      weight[r] = (weight[r] as number) + score * score;
    }
    let best = -1;
    let bestWeight = 0;
    for (let q = 0; q < found; q++) {
      const r = touched[q] as number;
      const w = weight[r] as number;
      const better = w > bestWeight || (w === bestWeight && (position[r] as number) < (best < 0 ? 0 : (position[best] as number)));
      if (better) {
        best = r;
        bestWeight = w;
      }
    }
    if (best >= 0) place(layout, x, p, best);
  }
}

/**
 * References: every link between two rows refers each side's paragraph to the other's row. Many
 * links refer one paragraph to one row, so the references are collected as numeric keys
 * (row, article, paragraph) and sorted once, which groups them by row and article and in order;
 * refStart[r] .. refStart[r + 1] are the keys of row r.
 */
function refKeys(cols: LinkColumns, la: Int32Array, lb: Int32Array, first: Int32Array, rowOf: Int32Array[], rows: number, P: number) {
  const A = first.length - 1;
  const n = cols.g.length;
  let keys = new Float64Array(2 * n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const g = cols.g[k] as number;
    if (g < 0) continue;
    const a = la[k] as number;
    const b = lb[k] as number;
    const i = g - (first[a] as number);
    const j = (cols.h[k] as number) - (first[b] as number);
    const ra = (rowOf[a] as Int32Array)[i] as number;
    const rb = (rowOf[b] as Int32Array)[j] as number;
    if (ra === rb) continue;
    keys[m++] = (rb * A + a) * P + i;
    keys[m++] = (ra * A + b) * P + j;
  }
  keys = keys.subarray(0, m).sort();
  const refStart = new Int32Array(rows + 1);
  for (let k = 0; k < m; k++) {
    const r = Math.floor((keys[k] as number) / (A * P));
    refStart[r + 1] = (refStart[r + 1] as number) + 1;
  }
  for (let r = 0; r < rows; r++) refStart[r + 1] = (refStart[r + 1] as number) + (refStart[r] as number);
  return { keys, refStart };
}

/**
 * Clusters links into rows for the side-by-side view. Rows follow the base article's order, one per
 * base paragraph (a second copy of the headline, or of the paragraph before it, shares its row); each
 * other article's paragraph joins the row where its linked content already stands (strongest links
 * win; a headline's links to body paragraphs do not count), and a paragraph without such a link gets
 * a row of its own right after its predecessor's.
 * Every paragraph is in exactly one row's cells; rows it also links into list it under refs.
 * `sides`, when given, holds each link's two article indexes (as alignArticles knows them).
 */
export function buildRows(
  articles: readonly Article[],
  links: readonly Link[],
  base: string,
  sides?: { la: Int32Array; lb: Int32Array },
): Row[] {
  if (articles.length === 0) return [];
  const index = new Map(articles.map((a, k) => [a.id, k]));
  const baseIndex = index.get(base) ?? 0;
  // Paragraphs are numbered first[a] + p.
  const first = new Int32Array(articles.length + 1);
  articles.forEach((a, k) => (first[k + 1] = (first[k] as number) + a.paragraphs.length));
  const total = first[articles.length] as number;
  const { la, lb } = sides ?? linkArticles(index, links);
  // A headline sums up the story: its links to body paragraphs are listed as references but place
  // no row, so headlines stand together and each lede stands with the ledes that match it.
  // (A page that repeats its headline has two: the copy counts as the headline too.)
  const heads = headlines(articles);
  const headline = new Uint8Array(total);
  articles.forEach((a, k) => {
    const h = heads[k] as number;
    if (h < 0) return;
    const text = a.paragraphs[h]?.text;
    a.paragraphs.forEach((p, i) => (headline[(first[k] as number) + i] = i === h || p.text === text ? 1 : 0));
  });
  const cols = linkColumns(articles, links, la, lb, first);
  const nb = rowNeighbours(cols, la, lb, total, headline);
  const lede = ledes(articles, first, headline);

  const layout: Layout = { rowOf: articles.map((a) => new Int32Array(a.paragraphs.length).fill(-1)), cells: [] };
  const newRow = (): number => layout.cells.push(new Map()) - 1;

  let order: number[] = [];
  const baseArticle = articles[baseIndex] as Article;
  const baseRows = layout.rowOf[baseIndex] as Int32Array;
  const baseHead = heads[baseIndex] as number;
  for (let p = 0; p < baseArticle.paragraphs.length; p++) {
    // A page that prints its headline twice, or a paragraph twice in a row, shows the copy in the
    // row of the first: a row of its own would stand empty, its links all placed beside the first.
    // Only a copy that follows it at once: one further down keeps its place in the base's order.
    const text = baseArticle.paragraphs[p]?.text;
    const copyOf =
      p > 0 &&
      (baseArticle.paragraphs[p - 1]?.text === text ||
        (baseHead >= 0 &&
          headline[(first[baseIndex] as number) + p] === 1 &&
          baseRows[p - 1] === baseRows[baseHead]))
        ? p - 1
        : -1;
    if (copyOf >= 0) {
      place(layout, baseIndex, p, baseRows[copyOf] as number);
      continue;
    }
    const r = newRow();
    place(layout, baseIndex, p, r);
    order.push(r);
  }
  const placed = new Uint8Array(articles.length);
  placed[baseIndex] = 1;

  // Every paragraph makes at most one row: per row, its place in the order and scratch for placing.
  const position = new Int32Array(total);
  const weight = new Float64Array(total);
  const stamp = new Int32Array(total).fill(-1);
  const touched = new Int32Array(total);
  for (let x = 0; x < articles.length; x++) {
    if (x === baseIndex) continue;
    const count = (articles[x] as Article).paragraphs.length;
    order.forEach((r, k) => (position[r] = k));
    placeLinked(x, count, first, nb, placed, layout, position, weight, stamp, touched, lede);
    // Paragraphs with no placed content get their own row beside their neighbours.
    const before = new Map<number, number[]>();
    const after = new Map<number, number[]>();
    const rows = layout.rowOf[x] as Int32Array;
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
      place(layout, x, p, r);
    }
    order = emitOrder(order, before, after);
    placed[x] = 1;
  }

  const { cells, rowOf } = layout;
  const P = Math.max(...articles.map((a) => a.paragraphs.length)) + 1;
  const A = articles.length;
  const { keys, refStart } = refKeys(cols, la, lb, first, rowOf, cells.length, P);
  return order.map((r) => {
    const row: Row = { cells: {}, refs: {} };
    for (let k = 0; k < articles.length; k++) {
      const id = (articles[k] as Article).id;
      const c = cells[r]?.get(k);
      if (c) row.cells[id] = [...c].sort((x, y) => x - y);
    }
    let list: number[] = [];
    let article = -1;
    for (let q = refStart[r] as number; q < (refStart[r + 1] as number); q++) {
      const key = keys[q] as number;
      const at = Math.floor(key / P) % A;
      const para = key % P;
      if (at !== article) {
        article = at;
        list = row.refs[(articles[at] as Article).id] = [];
      }
      if (list[list.length - 1] !== para) list.push(para);
    }
    return row;
  });
}
