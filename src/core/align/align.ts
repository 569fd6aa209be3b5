import type { Article } from '../text/types.ts';
import { findCandidates } from './candidates.ts';
import { predict, type LinkModel } from './combiner.ts';
import { LINK_MODEL } from './link-model.ts';
import { CLOSING, FEATURES, OPEN, pairFeatures, RULE, type PairTable } from './pair-features.ts';
import { paragraphBags } from './paragraph-bags.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { identicalLinks, paragraphKeys, paragraphLinks, twinLinks, type KeyOf } from './links.ts';
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
 * Orders links by article order, then paragraph indexes (a stable sort). Each link's place is one
 * number, so that a hundred thousand links sort natively instead of through a comparator that looks
 * up article positions; the link's index is packed in below it to keep the sort stable.
 */
function sortLinks(links: Link[], articles: readonly Article[]): Link[] {
  const pos = new Map(articles.map((a, k) => [a.id, k]));
  const A = articles.length;
  const P = Math.max(0, ...articles.map((a) => a.paragraphs.length)) + 1;
  const n = links.length;
  const place = (l: Link) => (((pos.get(l.a) ?? 0) * A + (pos.get(l.b) ?? 0)) * P + l.i) * P + l.j;
  const exact = links.every((l) => Number.isInteger(l.i) && Number.isInteger(l.j) && l.i >= 0 && l.j >= 0 && l.i < P && l.j < P);
  if (!exact || A * A * P * P * Math.max(1, n) > Number.MAX_SAFE_INTEGER) {
    return links.sort(
      (x, y) =>
        (pos.get(x.a) ?? 0) - (pos.get(y.a) ?? 0) ||
        (pos.get(x.b) ?? 0) - (pos.get(y.b) ?? 0) ||
        x.i - y.i ||
        x.j - y.j,
    );
  }
  const keys = new Float64Array(n);
  links.forEach((l, k) => (keys[k] = place(l) * n + k));
  keys.sort();
  const sorted = links.slice();
  for (let k = 0; k < n; k++) links[k] = sorted[(keys[k] as number) % n] as Link;
  return links;
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

/** A link for a pair the combiner accepted: its best sentence pair is why. */
function combinerLink(t: PairTable, r: number, p: number, articles: readonly Article[], sent: Int32Array, keyOf: KeyOf): Link {
  const same = keyOf(t.a[r] as number, t.i[r] as number) === keyOf(t.b[r] as number, t.j[r] as number);
  const kind: LinkKind = same ? 'identical' : 'partial';
  return {
    a: (articles[t.a[r] as number] as Article).id,
    i: t.i[r] as number,
    b: (articles[t.b[r] as number] as Article).id,
    j: t.j[r] as number,
    score: same ? 1 : round(p),
    kind,
    pairs: [{ i: sent[t.bestS[r] as number] as number, j: sent[t.bestT[r] as number] as number, score: round(t.cover[r] as number) }],
  };
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
  const first = [0];
  for (const a of articles) first.push((first[first.length - 1] as number) + a.paragraphs.length);
  const total = first[articles.length] as number;
  const weak = new Set<number>();
  for (let r = 0; r < rows.count; r++) {
    if (rows.status[r] !== OPEN || (rows.x[(rows.slot[r] as number) * F + RULE_SCORE] as number) <= 0) continue;
    const g = (first[rows.a[r] as number] as number) + (rows.i[r] as number);
    const h = (first[rows.b[r] as number] as number) + (rows.j[r] as number);
    weak.add(g * total + h).add(h * total + g);
  }
  const matched = paragraphLinks(weights, articles, matches, keyOf, weak);
  for (let r = 0; r < rows.count; r++) {
    // Two headlines that share enough terms are a link the sentence rules cannot see.
    if (rows.headlinePair[r] === 1) matched.push(combinerLink(rows, r, model.threshold, articles, corpus.sent, keyOf));
    if (rows.status[r] !== OPEN) continue;
    const o = (rows.slot[r] as number) * F;
    const p = predict(model, rows.x.subarray(o, o + F));
    if (p >= model.threshold) matched.push(combinerLink(rows, r, p, articles, corpus.sent, keyOf));
  }
  const found = matched.concat(identicalLinks(articles, matched, keyOf));
  const links = sortLinks(found.concat(twinLinks(articles, found, keyOf)), articles);
  return { base, links, rows: buildRows(articles, links, base) };
}
