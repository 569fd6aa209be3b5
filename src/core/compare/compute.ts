import { alignArticles, type Alignment, type Row } from '../align/index.ts';
import { parseArticle, type Article } from '../text/index.ts';
import { linkDiscrepancies, type LinkDiscrepancy } from './link-discrepancies.ts';
import { encodeLinks, type LinkTable } from './link-table.ts';
import { coverageMatrix, rowVariation } from './overview.ts';

/** An article's id and text, as the worker receives it. */
export interface ArticleInput {
  id: string;
  text: string;
}

export type { LinkDiscrepancy };

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

/** Finds the discrepancies on the links (see linkDiscrepancies): the slower second stage. */
export function discrepancyStage(articles: readonly Article[], alignment: Alignment): LinkDiscrepancy[] {
  return linkDiscrepancies(articles, alignment.links);
}

/** Both stages at once (for tests and tools). */
export function computeComparison(inputs: readonly ArticleInput[], base?: string): Comparison {
  const { comparison, alignment } = alignStage(inputs, base);
  return { ...comparison, discrepancies: discrepancyStage(comparison.articles, alignment) };
}
