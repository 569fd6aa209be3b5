/// <reference lib="webworker" />
import {
  alignStage,
  discrepancyStage,
  tableBuffers,
  type ArticleInput,
} from '../core/compare/index.ts';
import { DISCREPANCIES_PER_MESSAGE, PARAGRAPHS_PER_MESSAGE } from './parts.ts';

/** A request: align these articles; `id` lets the caller drop stale answers. */
export interface CompareRequest {
  id: number;
  inputs: ArticleInput[];
  base?: string;
}

// Answers come in parts, each small enough for the main thread to take in one short task:
// the parsed articles, then the rows with the link table (transferred, not copied), then the
// discrepancies in chunks, the last one marked.
self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, inputs, base } = event.data;
  try {
    const { comparison, alignment } = alignStage(inputs, base);
    const { articles, ...rest } = comparison;
    for (const article of articles) {
      const { paragraphs } = article;
      const first = paragraphs.slice(0, PARAGRAPHS_PER_MESSAGE);
      self.postMessage({ id, part: 'article', article: { ...article, paragraphs: first } });
      // A long article's other paragraphs follow in parts, appended to it.
      for (let k = PARAGRAPHS_PER_MESSAGE; k < paragraphs.length; k += PARAGRAPHS_PER_MESSAGE) {
        const more = paragraphs.slice(k, k + PARAGRAPHS_PER_MESSAGE);
        self.postMessage({ id, part: 'paragraphs', paragraphs: more });
      }
    }
    self.postMessage({ id, part: 'rows', rest }, tableBuffers(comparison.table));
    const discrepancies = discrepancyStage(articles, alignment);
    let k = 0;
    do {
      const chunk = discrepancies.slice(k, k + DISCREPANCIES_PER_MESSAGE);
      k += DISCREPANCIES_PER_MESSAGE;
      const last = k >= discrepancies.length;
      self.postMessage({ id, part: 'discrepancies', discrepancies: chunk, last });
    } while (k < discrepancies.length);
  } catch (error) {
    self.postMessage({
      id,
      part: 'error',
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
