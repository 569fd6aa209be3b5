import type { Article } from '../text/types.ts';
import { findCandidates } from './candidates.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { identicalLinks, paragraphKeys, paragraphLinks } from './links.ts';
import { buildRows } from './rows.ts';
import { matchSentences, SENTENCE_RULES } from './sentence-match.ts';
import type { Alignment, Link } from './types.ts';
import { pairWeights } from './weights.ts';

/** Options for alignArticles. */
export interface AlignOptions {
  /** Article id whose order the rows follow (default: the first article). */
  base?: string;
}

const CLOSING = '.!?…:;"\'”’)]';

/** Marks heading-like sentences: no closing punctuation and only a few words. */
function labelSentences(c: Corpus, articles: readonly Article[]): Uint8Array {
  const label = new Uint8Array(c.article.length);
  for (let s = 0; s < label.length; s++) {
    const text = articles[c.article[s] as number]?.paragraphs[c.para[s] as number]?.sentences[c.sent[s] as number]?.text.trim() ?? '';
    if (text.length === 0) continue;
    const closed = CLOSING.includes(text[text.length - 1] as string);
    const words = text.split(/\s+/).length;
    if (!closed && words <= SENTENCE_RULES.labelWords) label[s] = 1;
  }
  return label;
}

/** Orders links by article order, then paragraph indexes. */
function sortLinks(links: Link[], articles: readonly Article[]): Link[] {
  const pos = new Map(articles.map((a, k) => [a.id, k]));
  return links.sort(
    (x, y) =>
      (pos.get(x.a) ?? 0) - (pos.get(y.a) ?? 0) ||
      (pos.get(x.b) ?? 0) - (pos.get(y.b) ?? 0) ||
      x.i - y.i ||
      x.j - y.j,
  );
}

/**
 * Links paragraphs of every pair of articles that carry the same reported content (many-to-many,
 * order-free), then clusters the links into rows that follow the base article.
 */
export function alignArticles(articles: readonly Article[], options: AlignOptions = {}): Alignment {
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new Error(`alignArticles: duplicate article id "${a.id}"`);
    ids.add(a.id);
  }
  const base = options.base !== undefined && ids.has(options.base) ? options.base : (articles[0]?.id ?? '');
  const corpus = buildCorpus(articles);
  const weights = pairWeights(corpus);
  const candidates = findCandidates(corpus, articles.length);
  const label = labelSentences(corpus, articles);
  const matches = matchSentences(weights, candidates.s, candidates.t, candidates.count, label, articles.length);
  const keyOf = paragraphKeys(articles);
  const matched = paragraphLinks(weights, articles, matches, keyOf);
  const links = sortLinks(matched.concat(identicalLinks(articles, matched, keyOf)), articles);
  return { base, links, rows: buildRows(articles, links, base) };
}
