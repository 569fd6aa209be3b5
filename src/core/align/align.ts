import type { Article } from '../text/types.ts';
import { findCandidates } from './candidates.ts';
import { predict, type LinkModel } from './combiner.ts';
import { LINK_MODEL } from './link-model.ts';
import { CLOSING, FEATURES, OPEN, pairFeatures, RULE, type PairTable } from './pair-features.ts';
import { paragraphBags } from './paragraph-bags.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import {
  addLink,
  appendLinks,
  identicalLinks,
  linkedPairs,
  paragraphKeys,
  paragraphLinks,
  paragraphOffsets,
  twinLinks,
  withPairs,
  type KeyOf,
  type NumberedLinks,
} from './links.ts';
import { buildRows } from './rows.ts';
import { candidateFigures, matchSentences, SENTENCE_RULES } from './sentence-match.ts';
import type { Alignment, Link, LinkKind } from './types.ts';
import { pairWeights } from './weights.ts';

/** Options for alignArticles. */
export interface AlignOptions {
  /** Article id whose order the rows follow (default: the first article). */
  base?: string;
  /** The combiner that decides links (default: the fitted LINK_MODEL). */
  model?: LinkModel;
  /** Called with the links, in their final order, before the rows are built from them: work on the links can start. */
  onLinks?: (links: readonly Link[]) => void;
}

/** Marks heading-like sentences: no closing punctuation and only a few words. */
function labelSentences(c: Corpus, articles: readonly Article[]): Uint8Array {
  const label = new Uint8Array(c.article.length);
  for (let s = 0; s < label.length; s++) {
    const text = articles[c.article[s] as number]?.paragraphs[c.para[s] as number]?.sentences[c.sent[s] as number]?.text.trim() ?? '';
    // Most sentences are closed: their words need no counting.
    if (text.length === 0 || CLOSING.includes(text[text.length - 1] as string)) continue;
    if (text.split(/\s+/).length <= SENTENCE_RULES.labelWords) label[s] = 1;
  }
  return label;
}

/**
 * Orders links by article order, then paragraph indexes (a stable sort), and gives each link's
 * article indexes. Each link's place is one number, so that a hundred thousand links sort natively
 * instead of through a comparator; the link's index is packed in below it to keep the sort stable.
 */
function sortLinks(list: NumberedLinks, first: Int32Array): { links: Link[]; la: Int32Array; lb: Int32Array } {
  const A = first.length - 1;
  const total = first[A] as number;
  const articleOf = new Int32Array(total);
  let P = 1;
  for (let a = 0; a < A; a++) {
    articleOf.fill(a, first[a] as number, first[a + 1] as number);
    P = Math.max(P, (first[a + 1] as number) - (first[a] as number) + 1);
  }
  const n = list.links.length;
  const la = new Int32Array(n);
  const lb = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    la[k] = articleOf[list.g[k] as number] as number;
    lb[k] = articleOf[list.h[k] as number] as number;
  }
  // Position k of the sorted order holds link order[k].
  let order: Int32Array;
  if (A * A * P * P * Math.max(1, n) > Number.MAX_SAFE_INTEGER) {
    order = Int32Array.from({ length: n }, (_, k) => k);
    const links = list.links;
    order.sort(
      (x, y) =>
        (la[x] as number) - (la[y] as number) ||
        (lb[x] as number) - (lb[y] as number) ||
        (links[x] as Link).i - (links[y] as Link).i ||
        (links[x] as Link).j - (links[y] as Link).j ||
        x - y,
    );
  } else {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = (list.g[k] as number) - (first[la[k] as number] as number);
      const j = (list.h[k] as number) - (first[lb[k] as number] as number);
      keys[k] = ((((la[k] as number) * A + (lb[k] as number)) * P + i) * P + j) * n + k;
    }
    keys.sort();
    order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % n;
  }
  const links = new Array<Link>(n);
  const sa = new Int32Array(n);
  const sb = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const o = order[k] as number;
    links[k] = list.links[o] as Link;
    sa[k] = la[o] as number;
    sb[k] = lb[o] as number;
  }
  return { links, la: sa, lb: sb };
}

function checkIds(articles: readonly Article[]): Set<string> {
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new Error(`alignArticles: duplicate article id "${a.id}"`);
    ids.add(a.id);
  }
  return ids;
}

/** Scores sentence pairs and gathers the evidence of every candidate paragraph pair. */
function evidenceOf(articles: readonly Article[]) {
  const corpus = buildCorpus(articles);
  const weights = pairWeights(corpus);
  const candidates = findCandidates(corpus, articles.length);
  const label = labelSentences(corpus, articles);
  const seen = candidateFigures(candidates.count);
  const matches = matchSentences(weights, candidates.s, candidates.t, candidates.count, label, articles.length, seen);
  const rows = pairFeatures(articles, corpus, weights, paragraphBags(corpus), candidates, seen);
  return { corpus, weights, matches, rows };
}

/** A candidate paragraph pair with its evidence features, as the combiner sees it (for training and eval). */
export interface PairEvidence {
  a: string;
  i: number;
  b: string;
  j: number;
  x: Float64Array;
}

/** Every candidate paragraph pair of the articles with its features. */
export function pairEvidence(articles: readonly Article[]): PairEvidence[] {
  checkIds(articles);
  const t = evidenceOf(articles).rows;
  const F = FEATURES.length;
  return Array.from({ length: t.count }, (_, r) => {
    let x: Float64Array;
    if (t.status[r] === OPEN && t.copyOpen[r] === 0) x = t.x.slice((t.slot[r] as number) * F, (t.slot[r] as number + 1) * F);
    else {
      // Rule links and screened pairs carry only what tells them apart (pairStatus reads it): a screened
      // pair no cover, whatever screened it (its own low cover, or being in a near-copy).
      x = new Float64Array(F);
      x[FEATURES.indexOf('sentCover')] = t.status[r] === RULE ? (t.cover[r] as number) : 0;
      x[FEATURES.indexOf('ruled')] = t.status[r] === RULE ? 1 : 0;
    }
    return { a: (articles[t.a[r] as number] as Article).id, i: t.i[r] as number, b: (articles[t.b[r] as number] as Article).id, j: t.j[r] as number, x };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The rows the combiner decides and the headline pairs, in order: a few hundred of the hundreds of
 * thousands of rows on large sets (a loop of its own, which the engine optimises soon).
 */
function rowsToDecide(t: PairTable): Int32Array {
  let n = 0;
  for (let r = 0; r < t.count; r++) if (t.status[r] === OPEN || t.headlinePair[r] === 1) n++;
  const out = new Int32Array(n);
  n = 0;
  for (let r = 0; r < t.count; r++) if (t.status[r] === OPEN || t.headlinePair[r] === 1) out[n++] = r;
  return out;
}

/** Adds the link of a pair the combiner accepted: its best sentence pair is why. */
function addCombinerLink(
  to: NumberedLinks,
  t: PairTable,
  r: number,
  p: number,
  articles: readonly Article[],
  first: Int32Array,
  sent: Int32Array,
  keyOf: KeyOf,
): void {
  const same = keyOf(t.a[r] as number, t.i[r] as number) === keyOf(t.b[r] as number, t.j[r] as number);
  const kind: LinkKind = same ? 'identical' : 'partial';
  const link: Link = {
    a: (articles[t.a[r] as number] as Article).id,
    i: t.i[r] as number,
    b: (articles[t.b[r] as number] as Article).id,
    j: t.j[r] as number,
    score: same ? 1 : round(p),
    kind,
    pairs: [{ i: sent[t.bestS[r] as number] as number, j: sent[t.bestT[r] as number] as number, score: round(t.cover[r] as number) }],
  };
  addLink(to, link, (first[t.a[r] as number] as number) + link.i, (first[t.b[r] as number] as number) + link.j);
}

/**
 * Links paragraphs of every pair of articles that carry the same reported content (many-to-many,
 * order-free): sentence pairs are scored by lexical rules, every candidate paragraph pair's evidence is
 * weighed by a fitted combiner, and the links are clustered into rows that follow the base article.
 */
export function alignArticles(articles: readonly Article[], options: AlignOptions = {}): Alignment {
  const ids = checkIds(articles);
  const base = options.base !== undefined && ids.has(options.base) ? options.base : (articles[0]?.id ?? '');
  const model = options.model ?? LINK_MODEL;
  const { corpus, weights, matches, rows } = evidenceOf(articles);
  const keyOf = paragraphKeys(articles);
  // Every paragraph pair the rules matched surely is a link; the combiner decides the open pairs,
  // among them those the rules matched only weakly.
  const F = FEATURES.length;
  const RULE_SCORE = FEATURES.indexOf('ruleScore');
  const first = paragraphOffsets(articles);
  const total = first[articles.length] as number;
  const decided = rowsToDecide(rows);
  const weak = new Set<number>();
  for (const r of decided) {
    if (rows.status[r] !== OPEN || (rows.x[(rows.slot[r] as number) * F + RULE_SCORE] as number) <= 0) continue;
    const g = (first[rows.a[r] as number] as number) + (rows.i[r] as number);
    const h = (first[rows.b[r] as number] as number) + (rows.j[r] as number);
    weak.add(g * total + h).add(h * total + g);
  }
  const matched = paragraphLinks(weights, articles, matches, keyOf, weak);
  for (const r of decided) {
    // Two headlines that share enough terms are a link the sentence rules cannot see.
    if (rows.headlinePair[r] === 1) addCombinerLink(matched, rows, r, model.threshold, articles, first, corpus.sent, keyOf);
    if (rows.status[r] !== OPEN) continue;
    const o = (rows.slot[r] as number) * F;
    const p = predict(model, rows.x.subarray(o, o + F));
    if (p >= model.threshold) addCombinerLink(matched, rows, r, p, articles, first, corpus.sent, keyOf);
  }
  const linked = linkedPairs(matched, total);
  const same = identicalLinks(articles, linked, keyOf);
  appendLinks(matched, same);
  appendLinks(matched, twinLinks(articles, matched, withPairs(linked, same, total), keyOf));
  const { links, la, lb } = sortLinks(matched, first);
  options.onLinks?.(links);
  return { base, links, rows: buildRows(articles, links, base, { la, lb }) };
}
