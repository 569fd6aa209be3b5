import type { Article } from '../text/types.ts';
import type { SentenceMatch } from './sentence-match.ts';
import { textKey } from './tokenize.ts';
import type { Link, LinkKind, SentencePair } from './types.ts';
import { sentenceMass, type Weights } from './weights.ts';

// Sentences at least this alike (weighted Dice) count as the same sentence, lightly edited.
const EDITED_DICE = 0.5;
// A reworded paragraph still shares this much (weighted Dice) in its best sentence pair.
const PARAPHRASE_DICE = 0.35;
// Share of each paragraph's weight that its matched sentences must cover for a whole-paragraph kind.
const WHOLE_COVER = 0.8;

interface Group {
  s0: number;
  t0: number;
  pairs: SentenceMatch[];
}

/** Weight of a paragraph when compared with article `other`. */
function paragraphMass(w: Weights, article: number, para: number, other: number): number {
  const starts = w.c.paraStart[article] as Int32Array;
  let m = 0;
  for (let s = starts[para] as number; s < (starts[para + 1] as number); s++) m += sentenceMass(w, s, other);
  return m;
}

/** Share of a paragraph's weight carried by the given sentences (global ids, counted once). */
function coveredShare(w: Weights, sentences: Set<number>, other: number, total: number): number {
  if (total <= 0) return 1;
  let m = 0;
  for (const s of sentences) m += sentenceMass(w, s, other);
  return m / total;
}

/** The identity key of each paragraph's text (see textKey), computed once per paragraph when first asked. */
export type KeyOf = (article: number, para: number) => string;

export function paragraphKeys(articles: readonly Article[]): KeyOf {
  const keys = articles.map((a) => new Array<string | undefined>(a.paragraphs.length));
  // A paragraph repeated across articles is keyed once.
  const byText = new Map<string, string>();
  return (article, para) => {
    const row = keys[article] as (string | undefined)[];
    let k = row[para];
    if (k === undefined) {
      const text = articles[article]?.paragraphs[para]?.text ?? '';
      k = byText.get(text);
      if (k === undefined) {
        k = textKey(text);
        byText.set(text, k);
      }
      row[para] = k;
    }
    return k;
  };
}

/** Numbers every paragraph of every article once: first[a] + p. */
function paragraphOffsets(articles: readonly Article[]): Int32Array {
  const first = new Int32Array(articles.length + 1);
  articles.forEach((a, k) => (first[k + 1] = (first[k] as number) + a.paragraphs.length));
  return first;
}

function kindOf(w: Weights, g: Group, keyOf: KeyOf): LinkKind {
  const c = w.c;
  const a = c.article[g.s0] as number;
  const b = c.article[g.t0] as number;
  const ka = keyOf(a, c.para[g.s0] as number);
  const kb = keyOf(b, c.para[g.t0] as number);
  if (ka.length === kb.length && ka === kb) return 'identical';
  const massA = paragraphMass(w, a, c.para[g.s0] as number, b);
  const massB = paragraphMass(w, b, c.para[g.t0] as number, a);
  const close = g.pairs.filter((m) => m.dice >= EDITED_DICE);
  const closeA = coveredShare(w, new Set(close.map((m) => m.s)), b, massA);
  const closeB = coveredShare(w, new Set(close.map((m) => m.t)), a, massB);
  if (closeA >= WHOLE_COVER && closeB >= WHOLE_COVER) return 'edited';
  const allA = coveredShare(w, new Set(g.pairs.map((m) => m.s)), b, massA);
  const allB = coveredShare(w, new Set(g.pairs.map((m) => m.t)), a, massB);
  const bestDice = g.pairs.reduce((acc, m) => Math.max(acc, m.dice), 0);
  if (allA >= WHOLE_COVER && allB >= WHOLE_COVER && bestDice >= PARAPHRASE_DICE) return 'paraphrase';
  return 'partial';
}

/** Groups sentence matches by paragraph pair into links; `a` is the article given first. */
export function paragraphLinks(
  w: Weights,
  articles: readonly Article[],
  matches: readonly SentenceMatch[],
  keyOf: KeyOf = paragraphKeys(articles),
): Link[] {
  const c = w.c;
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  const groups = new Map<number, Group>();
  for (const m of matches) {
    const key =
      ((first[c.article[m.s] as number] as number) + (c.para[m.s] as number)) * total +
      (first[c.article[m.t] as number] as number) +
      (c.para[m.t] as number);
    let g = groups.get(key);
    if (g === undefined) {
      g = { s0: m.s, t0: m.t, pairs: [] };
      groups.set(key, g);
    }
    g.pairs.push(m);
  }
  const links: Link[] = [];
  for (const g of groups.values()) {
    const a = articles[c.article[g.s0] as number] as Article;
    const b = articles[c.article[g.t0] as number] as Article;
    const pairs: SentencePair[] = g.pairs
      .map((m) => ({ i: c.sent[m.s] as number, j: c.sent[m.t] as number, score: round(m.score) }))
      .sort((x, y) => x.i - y.i || x.j - y.j);
    const best = pairs.reduce((acc, p) => Math.max(acc, p.score), 0);
    const kind = kindOf(w, g, keyOf);
    links.push({
      a: a.id,
      i: c.para[g.s0] as number,
      b: b.id,
      j: c.para[g.t0] as number,
      score: kind === 'identical' ? 1 : best,
      kind,
      pairs,
    });
  }
  return links;
}

/**
 * Links paragraphs whose text is the same word for word (case, punctuation and quote style aside) but
 * that no sentence match linked, e.g. one-word paragraphs. Boilerplate meets only boilerplate.
 */
export function identicalLinks(
  articles: readonly Article[],
  existing: readonly Link[],
  keyOf: KeyOf = paragraphKeys(articles),
): Link[] {
  const byKey = new Map<string, [number, number][]>();
  let repeated = false;
  articles.forEach((a, ai) =>
    a.paragraphs.forEach((p, pi) => {
      const key = keyOf(ai, pi);
      if (key === '') return;
      const full = `${p.boilerplate ? 'b' : 'c'}${key}`;
      const list = byKey.get(full);
      if (list) {
        list.push([ai, pi]);
        repeated = true;
      } else byKey.set(full, [[ai, pi]]);
    }),
  );
  if (!repeated) return [];
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  const index = new Map(articles.map((a, k) => [a.id, k]));
  const done = new Set<number>();
  for (const l of existing) {
    const a = (first[index.get(l.a) as number] as number) + l.i;
    const b = (first[index.get(l.b) as number] as number) + l.j;
    done.add(a * total + b);
  }
  const out: Link[] = [];
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [ai, pi] = list[x] as [number, number];
        const [bi, pj] = list[y] as [number, number];
        if (ai === bi) continue;
        if (done.has(((first[ai] as number) + pi) * total + (first[bi] as number) + pj)) continue;
        const a = articles[ai] as Article;
        const b = articles[bi] as Article;
        const n = Math.min(a.paragraphs[pi]?.sentences.length ?? 0, b.paragraphs[pj]?.sentences.length ?? 0);
        const pairs = Array.from({ length: n }, (_, k) => ({ i: k, j: k, score: 1 }));
        out.push({ a: a.id, i: pi, b: b.id, j: pj, score: 1, kind: 'identical', pairs });
      }
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Links of repeated paragraphs. A page often repeats its headline (the title and the heading), and the
 * second copy is marked as furniture, so it meets no other paragraph; but it states what its first copy
 * states. Every later copy of a paragraph in the same article takes its first copy's links (and two
 * copies linked to each other's copies), each pair once.
 */
export function twinLinks(articles: readonly Article[], existing: readonly Link[], keyOf: KeyOf = paragraphKeys(articles)): Link[] {
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  const index = new Map(articles.map((a, k) => [a.id, k]));
  // Paragraph number (first[a] + p) of a first copy -> the paragraph indexes of its later copies.
  const copies = new Map<number, number[]>();
  articles.forEach((a, ai) => {
    const firstOf = new Map<string, number>();
    a.paragraphs.forEach((_, pi) => {
      const key = keyOf(ai, pi);
      if (key === '') return;
      const earlier = firstOf.get(key);
      if (earlier === undefined) firstOf.set(key, pi);
      else {
        const g = (first[ai] as number) + earlier;
        copies.set(g, [...(copies.get(g) ?? []), pi]);
      }
    });
  });
  if (copies.size === 0) return [];
  const at = (id: string, p: number) => (first[index.get(id) as number] as number) + p;
  const seen = new Set<number>();
  for (const l of existing) seen.add(at(l.a, l.i) * total + at(l.b, l.j));
  const out: Link[] = [];
  for (const l of existing) {
    const more = copies.get(at(l.a, l.i));
    const moreRight = copies.get(at(l.b, l.j));
    if (more === undefined && moreRight === undefined) continue;
    for (const i of [l.i, ...(more ?? [])]) {
      for (const j of [l.j, ...(moreRight ?? [])]) {
        const key = at(l.a, i) * total + at(l.b, j);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...l, i, j });
      }
    }
  }
  return out;
}
