/// <reference lib="webworker" />
import { computeComparison, type ArticleInput } from '../core/compare/index.ts';

/** A request: align these articles; `id` lets the caller drop stale answers. */
export interface CompareRequest {
  id: number;
  inputs: ArticleInput[];
  base?: string;
}

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, inputs, base } = event.data;
  try {
    self.postMessage({ id, result: computeComparison(inputs, base) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
