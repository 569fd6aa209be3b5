import { STOP } from './lexicon.ts';
import type { Pairing, SentenceView } from './pairing.ts';

/** A stretch where two paired sentences differ; offsets into the paragraph texts, word indexes into each sentence. */
export interface Run {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Word indexes [ai, aj) of sentence a and [bi, bj) of sentence b inside the run (shared small words included). */
  ai: number;
  aj: number;
  bi: number;
  bj: number;
}

/** Longest sentences diffed word by word; beyond it the changed middle is one run (n * m cells). */
const MAX_CELLS = 160_000;

// Work space of commonWords, kept between calls (a sentence pair is diffed for each pair of versions).
const ids = new Map<string, number>();
let xi = new Int32Array(64);
let yi = new Int32Array(64);
let table = new Uint16Array(4096);

/** Equal word pairs [i, j] of the longest common subsequence of two key lists, in order. */
export function commonWords(x: readonly string[], y: readonly string[]): Array<[number, number]> {
  let lo = 0;
  while (lo < x.length && lo < y.length && x[lo] === y[lo]) lo++;
  let hx = x.length;
  let hy = y.length;
  while (hx > lo && hy > lo && x[hx - 1] === y[hy - 1]) [hx, hy] = [hx - 1, hy - 1];
  const out: Array<[number, number]> = [];
  for (let k = 0; k < lo; k++) out.push([k, k]);
  const n = hx - lo;
  const m = hy - lo;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // The middle's words as numbers (one per distinct key; -1 for a key x lacks): the table compares
    // n * m numbers instead of n * m strings.
    ids.clear();
    if (xi.length < n) xi = new Int32Array(2 * n);
    if (yi.length < m) yi = new Int32Array(2 * m);
    for (let i = 0; i < n; i++) {
      const k = x[lo + i] as string;
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      xi[i] = id;
    }
    for (let j = 0; j < m; j++) yi[j] = ids.get(y[lo + j] as string) ?? -1;
    // table[i][j]: LCS length of x[lo+i..hx) and y[lo+j..hy).
    const w = m + 1;
    if (table.length < (n + 1) * w) table = new Uint16Array(2 * (n + 1) * w);
    const t = table;
    // The table is reused: the row past the last word and the column past it read as 0.
    t.fill(0, n * w, (n + 1) * w);
    for (let i = 0; i < n; i++) t[i * w + m] = 0;
    for (let i = n - 1; i >= 0; i--) {
      const c = xi[i] as number;
      for (let j = m - 1; j >= 0; j--)
        t[i * w + j] =
          c === yi[j]
            ? (t[(i + 1) * w + j + 1] as number) + 1
            : Math.max(t[(i + 1) * w + j] as number, t[i * w + j + 1] as number);
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (xi[i] === yi[j]) out.push([lo + i++, lo + j++]);
      else if ((t[(i + 1) * w + j] as number) >= (t[i * w + j + 1] as number)) i++;
      else j++;
    }
  }
  for (let k = 0; hx + k < x.length; k++) out.push([hx + k, hy + k]);
  return out;
}

const edge = (s: SentenceView, i: number, j: number): [number, number] => {
  if (j > i)
    return [(s.words[i] as { start: number }).start, (s.words[j - 1] as { end: number }).end];
  // Nothing on this side: a point where the other side's words were dropped or added.
  const at = s.words[i]?.start ?? s.end;
  return [at, at];
};

/**
 * The changed stretches between two paired sentences (case, punctuation and spacing ignored), computed
 * once per pairing. Only a shared content word separates two runs; a shared "the" or "and" does not.
 */
export function changedRuns(p: Pairing): Run[] {
  if (p.runs) return p.runs;
  const a = p.a;
  const b = p.b;
  const same = commonWords(a.keys, b.keys);
  same.push([a.keys.length, b.keys.length]);
  const runs: Run[] = [];
  // The run being built: its first and last changed word on each side.
  let open: { ai: number; aj: number; bi: number; bj: number } | null = null;
  let pi = 0;
  let pj = 0;
  const close = () => {
    if (!open) return;
    const [aStart, aEnd] = edge(a, open.ai, open.aj);
    const [bStart, bEnd] = edge(b, open.bi, open.bj);
    runs.push({ aStart, aEnd, bStart, bEnd, ...open });
    open = null;
  };
  for (const [i, j] of same) {
    if (i > pi || j > pj) {
      // Words pi..i of a and pj..j of b changed.
      if (open) [open.aj, open.bj] = [i, j];
      else open = { ai: pi, aj: i, bi: pj, bj: j };
    }
    if (i < a.keys.length && !STOP.has(a.keys[i] as string)) close();
    [pi, pj] = [i + 1, j + 1];
  }
  close();
  p.runs = runs;
  return runs;
}

/** The comparison keys of the words on each side of a run. */
export function runKeys(p: Pairing, r: Run): [string[], string[]] {
  return [p.a.keys.slice(r.ai, r.aj), p.b.keys.slice(r.bi, r.bj)];
}

/** Widens an empty side of a run to the word before and after it, so a reader sees where text was dropped. */
export function widen(
  text: string,
  start: number,
  end: number,
  lo: number,
  hi: number,
): [number, number] {
  if (end > start) return [start, end];
  const before = /(\S+)\s*$/u.exec(text.slice(lo, start));
  const after = /^\s*(\S+)/u.exec(text.slice(end, hi));
  const s = before ? start - before[0].length : start;
  const e = after ? end + after[0].length : end;
  return [s, e];
}
