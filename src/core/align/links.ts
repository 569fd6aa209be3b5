import type { Article } from '../text/types.ts';
import type { SentenceMatches } from './sentence-match.ts';
import { textKey } from './tokenize.ts';
import type { Link, LinkKind, SentencePair } from './types.ts';
import { sentenceMass, type Weights } from './weights.ts';

// Sentences at least this alike (weighted Dice) count as the same sentence, lightly edited.
const EDITED_DICE = 0.5;
// A reworded paragraph still shares this much (weighted Dice) in its best sentence pair.
const PARAPHRASE_DICE = 0.35;
// Share of each paragraph's weight that its matched sentences must cover for a whole-paragraph kind.
const WHOLE_COVER = 0.8;

/** Weight of each paragraph against each other article, summed once when first asked (NaN until then). */
function paragraphMasses(w: Weights, first: Int32Array) {
  const articles = first.length - 1;
  const cache = new Float64Array((first[articles] as number) * articles).fill(Number.NaN);
  return (article: number, para: number, other: number): number => {
    const key = ((first[article] as number) + para) * articles + other;
    let m = cache[key] as number;
    if (Number.isNaN(m)) {
      const starts = w.c.paraStart[article] as Int32Array;
      m = 0;
      // Cached masses are read here, not through a call: the CLI runs with V8's inlining off, and a
      // number returned by a call is boxed on the heap.
      const row = other * w.c.article.length;
      for (let s = starts[para] as number; s < (starts[para + 1] as number); s++) {
        const cached = w.mass[row + s] as number;
        m += Number.isNaN(cached) ? sentenceMass(w, s, other) : cached;
      }
      cache[key] = m;
    }
    return m;
  };
}

/**
 * The identity of each paragraph's text (see textKey) as a number, worked out once per paragraph when
 * first asked: equal numbers mean identical text; NO_WORDS for a text without words.
 */
export type KeyOf = (article: number, para: number) => number;

export const NO_WORDS = 0;

export function paragraphKeys(articles: readonly Article[]): KeyOf {
  const keys = articles.map((a) => new Int32Array(a.paragraphs.length).fill(-1));
  // A paragraph repeated across articles is keyed once; its key string is then numbered.
  const byText = new Map<string, number>();
  const byKey = new Map<string, number>([['', NO_WORDS]]);
  return (article, para) => {
    const row = keys[article] as Int32Array;
    let k = row[para] as number;
    if (k < 0) {
      const text = articles[article]?.paragraphs[para]?.text ?? '';
      let id = byText.get(text);
      if (id === undefined) {
        const key = textKey(text);
        id = byKey.get(key);
        if (id === undefined) byKey.set(key, (id = byKey.size));
        byText.set(text, id);
      }
      row[para] = k = id;
    }
    return k;
  };
}

/**
 * Links, each with its two paragraphs numbered first[a] + i and first[b] + j (see paragraphOffsets)
 * in g and h: the passes after linking read these numbers instead of looking article ids up, a
 * hundred thousand links at a time on large sets.
 */
export interface NumberedLinks {
  links: Link[];
  g: number[];
  h: number[];
}

export function numberedLinks(): NumberedLinks {
  return { links: [], g: [], h: [] };
}

export function addLink(to: NumberedLinks, link: Link, g: number, h: number): void {
  to.links.push(link);
  to.g.push(g);
  to.h.push(h);
}

/** Appends the links of `from` to `to`. */
export function appendLinks(to: NumberedLinks, from: NumberedLinks): void {
  for (let k = 0; k < from.links.length; k++) addLink(to, from.links[k] as Link, from.g[k] as number, from.h[k] as number);
}

/**
 * The paragraph pairs of links as keys g * total + h, sorted: a large set has a hundred thousand
 * links, which a sorted typed array holds and searches faster than a Set.
 */
export function linkedPairs(list: NumberedLinks, total: number): Float64Array {
  const keys = new Float64Array(list.links.length);
  for (let k = 0; k < keys.length; k++) keys[k] = (list.g[k] as number) * total + (list.h[k] as number);
  return keys.sort();
}

/** The sorted keys with those of `more` added (a merge: `more` is a handful of links). */
export function withPairs(keys: Float64Array, more: NumberedLinks, total: number): Float64Array {
  if (more.links.length === 0) return keys;
  const add = linkedPairs(more, total);
  const out = new Float64Array(keys.length + add.length);
  let x = 0;
  let y = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = y >= add.length || (x < keys.length && (keys[x] as number) <= (add[y] as number)) ? (keys[x++] as number) : (add[y++] as number);
  }
  return out;
}

/** Whether the sorted keys hold a key (binary search). */
function hasPair(keys: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key;
}

/** Numbers every paragraph of every article once: first[a] + p. */
export function paragraphOffsets(articles: readonly Article[]): Int32Array {
  const first = new Int32Array(articles.length + 1);
  articles.forEach((a, k) => (first[k + 1] = (first[k] as number) + a.paragraphs.length));
  return first;
}

/**
 * The sentence matches grouped by paragraph pair, in order of each group's first match; each group's
 * matches are a chain through `next`, in match order. A large set has a quarter of a million matches:
 * they are bucketed by their first paragraph and grouped by the second with a stamp per paragraph,
 * which needs no hashing.
 */
function groupMatches(c: Weights['c'], matches: SentenceMatches, first: Int32Array) {
  const total = first[first.length - 1] as number;
  const n = matches.count;
  const gOf = (s: number) => (first[c.article[s] as number] as number) + (c.para[s] as number);
  const bucket = new Int32Array(total + 1);
  for (let m = 0; m < n; m++) {
    const g = gOf(matches.s[m] as number);
    bucket[g + 1] = (bucket[g + 1] as number) + 1;
  }
  for (let g = 0; g < total; g++) bucket[g + 1] = (bucket[g + 1] as number) + (bucket[g] as number);
  const fill = bucket.slice(0, total);
  const order = new Int32Array(n);
  for (let m = 0; m < n; m++) {
    const g = gOf(matches.s[m] as number);
    order[fill[g] as number] = m;
    fill[g] = (fill[g] as number) + 1;
  }
  // Groups as found bucket by bucket; then renumbered by their first match.
  const head = new Int32Array(n);
  const tail = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  const stamp = new Int32Array(total).fill(-1);
  const groupAt = new Int32Array(total);
  let groups = 0;
  for (let g = 0; g < total; g++) {
    for (let k = bucket[g] as number; k < (bucket[g + 1] as number); k++) {
      const m = order[k] as number;
      const h = gOf(matches.t[m] as number);
      if (stamp[h] !== g) {
        stamp[h] = g;
        groupAt[h] = groups;
        head[groups] = m;
        tail[groups] = m;
        groups++;
      } else {
        const q = groupAt[h] as number;
        next[tail[q] as number] = m;
        tail[q] = m;
      }
    }
  }
  // A group's first match is its head: list the heads in match order.
  const isHead = new Int32Array(n).fill(-1);
  for (let q = 0; q < groups; q++) isHead[head[q] as number] = q;
  const byFirst = new Int32Array(groups);
  let q = 0;
  for (let m = 0; m < n; m++) if ((isHead[m] as number) >= 0) byFirst[q++] = isHead[m] as number;
  return { groups: byFirst, head, next };
}

/**
 * Groups sentence matches by paragraph pair into links; `a` is the article given first. Pairs whose
 * key (first[a] + i) * total + first[b] + j is in `except` are left out.
 */
export function paragraphLinks(
  w: Weights,
  articles: readonly Article[],
  matches: SentenceMatches,
  keyOf: KeyOf = paragraphKeys(articles),
  except: ReadonlySet<number> = new Set(),
): NumberedLinks {
  const c = w.c;
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  const { groups, head, next } = groupMatches(c, matches, first);
  const paragraphMass = paragraphMasses(w, first);
  // Share of a paragraph's weight (total) carried by one side's sentences of a group's matches
  // (those with at least minDice), each sentence counted once, summed in match order.
  const stamp = new Int32Array(c.article.length);
  let pass = 0;
  const coveredShare = (g: number, side: Int32Array, minDice: number, other: number, total: number): number => {
    if (total <= 0) return 1;
    pass++;
    let m = 0;
    const row = other * c.article.length;
    for (let k = head[g] as number; k >= 0; k = next[k] as number) {
      const s = side[k] as number;
      if ((matches.dice[k] as number) < minDice || stamp[s] === pass) continue;
      stamp[s] = pass;
      // A cached mass read here, not through a call (see paragraphMasses).
      const cached = w.mass[row + s] as number;
      m += Number.isNaN(cached) ? sentenceMass(w, s, other) : cached;
    }
    return m / total;
  };
  const kindOf = (g: number): LinkKind => {
    const s0 = matches.s[head[g] as number] as number;
    const t0 = matches.t[head[g] as number] as number;
    const a = c.article[s0] as number;
    const b = c.article[t0] as number;
    if (keyOf(a, c.para[s0] as number) === keyOf(b, c.para[t0] as number)) return 'identical';
    const massA = paragraphMass(a, c.para[s0] as number, b);
    const massB = paragraphMass(b, c.para[t0] as number, a);
    const edited =
      coveredShare(g, matches.s, EDITED_DICE, b, massA) >= WHOLE_COVER &&
      coveredShare(g, matches.t, EDITED_DICE, a, massB) >= WHOLE_COVER;
    if (edited) return 'edited';
    const whole =
      coveredShare(g, matches.s, -Infinity, b, massA) >= WHOLE_COVER &&
      coveredShare(g, matches.t, -Infinity, a, massB) >= WHOLE_COVER;
    if (!whole) return 'partial';
    let bestDice = 0;
    for (let k = head[g] as number; k >= 0; k = next[k] as number) bestDice = Math.max(bestDice, matches.dice[k] as number);
    return bestDice >= PARAPHRASE_DICE ? 'paraphrase' : 'partial';
  };
  const links = numberedLinks();
  // A link's sentence pairs are gathered here and copied out at their exact length: most links have
  // one to three, and an array grown by push would hold room for seventeen.
  const scratch: SentencePair[] = [];
  for (let q = 0; q < groups.length; q++) {
    const g = groups[q] as number;
    const s0 = matches.s[head[g] as number] as number;
    const t0 = matches.t[head[g] as number] as number;
    const a = c.article[s0] as number;
    const b = c.article[t0] as number;
    const gs = (first[a] as number) + (c.para[s0] as number);
    const gt = (first[b] as number) + (c.para[t0] as number);
    if (except.size > 0 && except.has(gs * total + gt)) continue;
    let n = 0;
    let best = 0;
    // Matches mostly come in sentence order already: only a group that does not is sorted.
    let sorted = true;
    for (let k = head[g] as number; k >= 0; k = next[k] as number) {
      const score = round(matches.score[k] as number);
      const pair = { i: c.sent[matches.s[k] as number] as number, j: c.sent[matches.t[k] as number] as number, score };
      const last = n > 0 ? (scratch[n - 1] as SentencePair) : undefined;
      if (last !== undefined && (last.i > pair.i || (last.i === pair.i && last.j > pair.j))) sorted = false;
      scratch[n++] = pair;
      best = Math.max(best, score);
    }
    const pairs = scratch.slice(0, n);
    if (!sorted) pairs.sort((x, y) => x.i - y.i || x.j - y.j);
    const kind = kindOf(g);
    const link: Link = {
      a: (articles[a] as Article).id,
      i: c.para[s0] as number,
      b: (articles[b] as Article).id,
      j: c.para[t0] as number,
      score: kind === 'identical' ? 1 : best,
      kind,
      pairs,
    };
    addLink(links, link, gs, gt);
  }
  return links;
}

/**
 * Links paragraphs whose text is the same word for word (case, punctuation and quote style aside) but
 * that no sentence match linked (`done`, see linkedPairs), e.g. one-word paragraphs. Boilerplate meets
 * only boilerplate.
 */
export function identicalLinks(articles: readonly Article[], done: Float64Array, keyOf: KeyOf = paragraphKeys(articles)): NumberedLinks {
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  // Paragraphs grouped by text and kind (boilerplate or not), in typed arrays (CSR): groups in order
  // of first appearance, paragraphs (numbered first[a] + p) in order within each.
  const groupOf = new Int32Array(total).fill(-1);
  const articleOf = new Int32Array(total);
  const groupAt = new Map<number, number>();
  const size: number[] = [];
  let repeated = false;
  articles.forEach((a, ai) =>
    a.paragraphs.forEach((p, pi) => {
      const g = (first[ai] as number) + pi;
      articleOf[g] = ai;
      const key = keyOf(ai, pi);
      if (key === NO_WORDS) return;
      const full = 2 * key + (p.boilerplate ? 1 : 0);
      let q = groupAt.get(full);
      if (q === undefined) {
        groupAt.set(full, (q = size.length));
        size.push(0);
      } else repeated = true;
      groupOf[g] = q;
      size[q] = (size[q] as number) + 1;
    }),
  );
  const out = numberedLinks();
  if (!repeated) return out;
  const start = new Int32Array(size.length + 1);
  for (let q = 0; q < size.length; q++) start[q + 1] = (start[q] as number) + (size[q] as number);
  const fill = start.slice(0, size.length);
  const members = new Int32Array(start[size.length] as number);
  for (let g = 0; g < total; g++) {
    const q = groupOf[g] as number;
    if (q < 0) continue;
    members[fill[q] as number] = g;
    fill[q] = (fill[q] as number) + 1;
  }
  for (let q = 0; q < size.length; q++) {
    for (let x = start[q] as number; x < (start[q + 1] as number); x++) {
      for (let y = x + 1; y < (start[q + 1] as number); y++) {
        const g = members[x] as number;
        const h = members[y] as number;
        const ai = articleOf[g] as number;
        const bi = articleOf[h] as number;
        if (ai === bi || hasPair(done, g * total + h)) continue;
        const a = articles[ai] as Article;
        const b = articles[bi] as Article;
        const pi = g - (first[ai] as number);
        const pj = h - (first[bi] as number);
        const n = Math.min(a.paragraphs[pi]?.sentences.length ?? 0, b.paragraphs[pj]?.sentences.length ?? 0);
        const pairs = Array.from({ length: n }, (_, k) => ({ i: k, j: k, score: 1 }));
        addLink(out, { a: a.id, i: pi, b: b.id, j: pj, score: 1, kind: 'identical', pairs }, g, h);
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
export function twinLinks(
  articles: readonly Article[],
  existing: NumberedLinks,
  linked: Float64Array,
  keyOf: KeyOf = paragraphKeys(articles),
): NumberedLinks {
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  // Paragraph number (first[a] + p) of a first copy -> the paragraph indexes of its later copies.
  const copies = new Map<number, number[]>();
  articles.forEach((a, ai) => {
    const firstOf = new Map<number, number>();
    a.paragraphs.forEach((_, pi) => {
      const key = keyOf(ai, pi);
      if (key === NO_WORDS) return;
      const earlier = firstOf.get(key);
      if (earlier === undefined) firstOf.set(key, pi);
      else {
        const g = (first[ai] as number) + earlier;
        copies.set(g, [...(copies.get(g) ?? []), pi]);
      }
    });
  });
  const out = numberedLinks();
  if (copies.size === 0) return out;
  const added = new Set<number>();
  for (let k = 0; k < existing.links.length; k++) {
    const g0 = existing.g[k] as number;
    const h0 = existing.h[k] as number;
    const more = copies.get(g0);
    const moreRight = copies.get(h0);
    if (more === undefined && moreRight === undefined) continue;
    const l = existing.links[k] as Link;
    // Paragraph numbers and indexes differ by the same offset on each side.
    for (const i of [l.i, ...(more ?? [])]) {
      for (const j of [l.j, ...(moreRight ?? [])]) {
        const g = g0 - l.i + i;
        const h = h0 - l.j + j;
        const key = g * total + h;
        if (added.has(key) || hasPair(linked, key)) continue;
        added.add(key);
        addLink(out, { ...l, i, j }, g, h);
      }
    }
  }
  return out;
}
