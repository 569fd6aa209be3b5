import { alignArticles, type Alignment, type Row } from '../align/index.ts';
import { findDiscrepancies, type Discrepancy } from '../facts/index.ts';
import { parseArticle, type Article } from '../text/index.ts';
import { encodeLinks, type LinkTable } from './link-table.ts';
import { coverageMatrix, rowVariation } from './overview.ts';

/** An article's id and text, as the worker receives it. */
export interface ArticleInput {
  id: string;
  text: string;
}

/** A discrepancy placed on the link it was found in. */
export interface LinkDiscrepancy extends Discrepancy {
  a: string;
  i: number;
  b: string;
  j: number;
}

/** Everything the compare view derives from the articles' text. */
export interface Comparison {
  base: string;
  /** Parsed articles, in input order. */
  articles: Article[];
  rows: Row[];
  table: LinkTable;
  /** coverage[x][y]: share of article x's content found in article y (input order). */
  coverage: number[][];
  /** Per row: how much its articles differ, 0 to 1. */
  variation: number[];
  discrepancies: LinkDiscrepancy[];
}

/** Parses and aligns: the first, quick stage, enough to show the rows. */
export function alignStage(
  inputs: readonly ArticleInput[],
  base?: string,
): { comparison: Comparison; alignment: Alignment } {
  const articles = inputs.map((a) => parseArticle(a.id, a.text));
  const alignment = alignArticles(articles, base ? { base } : {});
  const comparison: Comparison = {
    base: alignment.base,
    articles,
    rows: alignment.rows,
    table: encodeLinks(articles, alignment.links),
    coverage: coverageMatrix(articles, alignment.links),
    variation: rowVariation(
      alignment,
      articles.map((a) => a.id),
    ),
    discrepancies: [],
  };
  return { comparison, alignment };
}

/** Finds the discrepancies on every link that is not identical: the slower second stage. */
export function discrepancyStage(
  articles: readonly Article[],
  alignment: Alignment,
): LinkDiscrepancy[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const discrepancies: LinkDiscrepancy[] = [];
  for (const link of alignment.links) {
    const pa = byId.get(link.a)?.paragraphs[link.i];
    const pb = byId.get(link.b)?.paragraphs[link.j];
    if (!pa || !pb || link.kind === 'identical') continue;
    for (const d of findDiscrepancies(pa, pb, link.pairs)) {
      discrepancies.push({ ...d, a: link.a, i: link.i, b: link.b, j: link.j });
    }
  }
  return discrepancies;
}

/** Both stages at once (for tests and tools). */
export function computeComparison(inputs: readonly ArticleInput[], base?: string): Comparison {
  const { comparison, alignment } = alignStage(inputs, base);
  return { ...comparison, discrepancies: discrepancyStage(comparison.articles, alignment) };
}
