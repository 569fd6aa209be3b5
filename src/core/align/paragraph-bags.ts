import { background, sifWeight } from './background.ts';
import type { Corpus } from './corpus.ts';
import { synonymTable, type Senses } from './synonyms.ts';

/** Every paragraph's terms (sorted, unique) with background weights, numbered first[a] + p. */
export interface Bags {
  /** Paragraph number per (article, paragraph): first[a] + p. */
  first: Int32Array;
  /** CSR: terms of paragraph g are terms[start[g] .. start[g+1]). */
  start: Int32Array;
  terms: Int32Array;
  /** Background (SIF) weight of each term id, times its kind factor (numbers, light words). */
  weight: Float64Array;
  /** 1 for a term rare in English at large (SIF weight at least RARE). */
  rare: Uint8Array;
  /** Summed weight of each paragraph's terms. */
  mass: Float64Array;
  /** Term count per paragraph. */
  size: Int32Array;
  /** WordNet senses per term id (content words only), or undefined. */
  senses: (Senses | undefined)[];
}

// Words weighing less than this in English at large ("make", "take") have too many senses to bridge.
const MIN_BRIDGE_WEIGHT = 0.4;

const RARE = 0.9;

/** Builds the paragraph bags of a corpus. */
export function paragraphBags(c: Corpus): Bags {
  const bg = background();
  const table = synonymTable();
  const senses: (Senses | undefined)[] = new Array<Senses | undefined>(c.termCount);
  const weight = new Float64Array(c.termCount);
  const rare = new Uint8Array(c.termCount);
  for (let t = 0; t < c.termCount; t++) {
    const word = c.words[t] as string;
    const code = word.charCodeAt(0);
    const numeric = (code >= 48 && code <= 57) || code === 126;
    const w = numeric ? 1 : sifWeight(bg.get(word));
    weight[t] = w * (c.factor[t] as number);
    rare[t] = w >= RARE && (c.factor[t] as number) >= 1 ? 1 : 0;
    if (!numeric && w >= MIN_BRIDGE_WEIGHT && (c.factor[t] as number) >= 1) senses[t] = table.get(word);
  }
  const articles = c.paraStart.length;
  const first = new Int32Array(articles + 1);
  for (let a = 0; a < articles; a++) first[a + 1] = (first[a] as number) + (c.paraStart[a] as Int32Array).length - 1;
  const total = first[articles] as number;
  const start = new Int32Array(total + 1);
  const mass = new Float64Array(total);
  const size = new Int32Array(total);
  // A paragraph has no more distinct terms than its sentences have terms: the bags are written
  // straight into one array of that size, each sorted in place.
  const buffer = new Int32Array(c.termIds.length);
  let filled = 0;
  const mark = new Int32Array(c.termCount).fill(-1);
  for (let a = 0; a < articles; a++) {
    const ps = c.paraStart[a] as Int32Array;
    for (let p = 0; p + 1 < ps.length; p++) {
      const g = (first[a] as number) + p;
      start[g] = filled;
      for (let s = ps[p] as number; s < (ps[p + 1] as number); s++) {
        for (let k = c.termStart[s] as number; k < (c.termStart[s + 1] as number); k++) {
          const t = c.termIds[k] as number;
          if (mark[t] !== g) {
            mark[t] = g;
            buffer[filled++] = t;
          }
        }
      }
      buffer.subarray(start[g] as number, filled).sort();
      let m = 0;
      for (let k = start[g] as number; k < filled; k++) m += weight[buffer[k] as number] as number;
      mass[g] = m;
      size[g] = filled - (start[g] as number);
    }
  }
  start[total] = filled;
  const terms = buffer.slice(0, filled);
  return { first, start, terms, weight, rare, mass, size, senses };
}

/**
 * For each term id, the other terms of the corpus it is bridged to by WordNet: they share a sense, or
 * one's sense is the parent of the other's (CSR lists).
 */
export function bridgePartners(bags: Bags, termCount: number): { start: Int32Array; list: Int32Array } {
  const byOwn = new Map<number, number[]>();
  const byParent = new Map<number, number[]>();
  const push = (m: Map<number, number[]>, k: number, t: number) => {
    const l = m.get(k);
    if (l === undefined) m.set(k, [t]);
    else l.push(t);
  };
  bags.senses.forEach((s, t) => {
    if (s === undefined) return;
    for (const id of s.own) push(byOwn, id, t);
    for (const id of s.parents) push(byParent, id, t);
  });
  const start = new Int32Array(termCount + 1);
  const out: number[] = [];
  const seen = new Set<number>();
  for (let t = 0; t < termCount; t++) {
    start[t] = out.length;
    const s = bags.senses[t];
    if (s === undefined) continue;
    seen.clear();
    const add = (l: number[] | undefined) => {
      for (const u of l ?? []) {
        if (u === t || seen.has(u)) continue;
        seen.add(u);
        out.push(u);
      }
    };
    for (const id of s.own) {
      add(byOwn.get(id));
      add(byParent.get(id));
    }
    for (const id of s.parents) add(byOwn.get(id));
  }
  start[termCount] = out.length;
  return { start, list: Int32Array.from(out) };
}
