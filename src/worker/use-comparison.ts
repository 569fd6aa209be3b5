import { startTransition, useEffect, useMemo, useState } from 'react';
import type { ArticleInput, Comparison, LinkDiscrepancy } from '../core/compare/index.ts';
import type { Article } from '../core/text/index.ts';

/** One message from the worker. */
type Answer =
  | { id: number; part: 'article'; article: Article }
  | { id: number; part: 'paragraphs'; paragraphs: Article['paragraphs'] }
  | { id: number; part: 'rows'; rest: Omit<Comparison, 'articles'> }
  | { id: number; part: 'discrepancies'; discrepancies: LinkDiscrepancy[]; last: boolean }
  | { id: number; part: 'error'; error: string };
type Listener = (answer: Answer) => void;

let nextId = 1;
const listeners = new Map<number, Listener>();

function onAnswer(answer: Answer) {
  listeners.get(answer.id)?.(answer);
  if ((answer.part === 'discrepancies' && answer.last) || answer.part === 'error')
    listeners.delete(answer.id);
}

// Started when the module loads, so the worker boots while React renders the first frame.
const worker: Worker | null =
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
if (worker) worker.onmessage = (event: MessageEvent<Answer>) => onAnswer(event.data);

/** Runs the comparison in the Web Worker, or, where there is none (jsdom), in a lazily loaded chunk. */
function requestComparison(
  inputs: ArticleInput[],
  base: string | undefined,
  listener: Listener,
): number {
  const id = nextId++;
  listeners.set(id, listener);
  if (worker) {
    worker.postMessage({ id, inputs, base });
  } else {
    void import('../core/compare/index.ts').then((core) => {
      try {
        const { comparison, alignment } = core.alignStage(inputs, base);
        const { articles, ...rest } = comparison;
        for (const article of articles) onAnswer({ id, part: 'article', article });
        onAnswer({ id, part: 'rows', rest });
        onAnswer({
          id,
          part: 'discrepancies',
          discrepancies: core.discrepancyStage(articles, alignment),
          last: true,
        });
      } catch (error) {
        onAnswer({ id, part: 'error', error: String(error) });
      }
    });
  }
  return id;
}

/** The state of the comparison of a set of articles. */
export interface ComparisonState {
  comparison: Comparison | null;
  /** True until the answer for the current articles and base is complete. */
  working: boolean;
  error: string | null;
}

interface Answered {
  inputs: ArticleInput[] | null;
  base: string | null;
  done: boolean;
  comparison: Comparison | null;
  error: string | null;
}

/** Aligns the records off the main thread; keeps showing the last result while a new one is made. */
export function useComparison(
  records: readonly ArticleInput[],
  base: string | null,
): ComparisonState {
  const inputs = useMemo(() => records.map((r) => ({ id: r.id, text: r.text })), [records]);
  const [answered, setAnswered] = useState<Answered>({
    inputs: null,
    base: null,
    done: false,
    comparison: null,
    error: null,
  });
  useEffect(() => {
    const articles: Article[] = [];
    const discrepancies: LinkDiscrepancy[] = [];
    const id = requestComparison(inputs, base ?? undefined, (answer) => {
      if (answer.part === 'article') {
        articles.push(answer.article);
        return;
      }
      if (answer.part === 'paragraphs') {
        articles.at(-1)?.paragraphs.push(...answer.paragraphs);
        return;
      }
      if (answer.part === 'discrepancies') {
        // Gathered and applied once: a render per chunk would cost more than it shows.
        for (const d of answer.discrepancies) discrepancies.push(d);
        if (!answer.last) return;
      }
      // A transition: React builds the large grid that follows in slices, yielding to the browser.
      startTransition(() =>
        setAnswered((s) => {
          if (answer.part === 'error')
            return { ...s, inputs, base, done: true, error: answer.error };
          if (answer.part === 'rows') {
            return {
              inputs,
              base,
              done: false,
              comparison: { ...answer.rest, articles },
              error: null,
            };
          }
          if (s.comparison && s.inputs === inputs && s.base === base) {
            return {
              ...s,
              done: true,
              comparison: { ...s.comparison, discrepancies },
            };
          }
          return s;
        }),
      );
    });
    return () => {
      listeners.delete(id);
    };
  }, [inputs, base]);
  const current = answered.inputs === inputs && answered.base === base;
  return {
    comparison: answered.comparison,
    error: answered.error,
    working: !current || !answered.done,
  };
}
