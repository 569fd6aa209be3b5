import { alignArticles, type Alignment } from '../align/index.ts';
import { findDiscrepancies, type Discrepancy } from '../facts/index.ts';
import { parseArticle, type Article } from '../text/index.ts';

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
  articles: Article[];
  alignment: Alignment;
  discrepancies: LinkDiscrepancy[];
}

/** Parses, aligns and finds discrepancies on every link: the heavy work, run off the main thread. */
export function computeComparison(inputs: readonly ArticleInput[], base?: string): Comparison {
  const articles = inputs.map((a) => parseArticle(a.id, a.text));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const alignment = alignArticles(articles, base ? { base } : {});
  const discrepancies: LinkDiscrepancy[] = [];
  for (const link of alignment.links) {
    const pa = byId.get(link.a)?.paragraphs[link.i];
    const pb = byId.get(link.b)?.paragraphs[link.j];
    if (!pa || !pb || link.kind === 'identical') continue;
    for (const d of findDiscrepancies(pa, pb, link.pairs)) {
      discrepancies.push({ ...d, a: link.a, i: link.i, b: link.b, j: link.j });
    }
  }
  return { articles, alignment, discrepancies };
}
