import { useEffect, useMemo, useState } from 'react';
import type { ArticleInput, Comparison } from '../../core/compare/index.ts';
import type { ArticleRecord } from '../../store/index.ts';

type Answer = { id: number; result?: Comparison; error?: string };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (answer: Answer) => void>();

/** Runs the comparison in the Web Worker, or, where there is none (tests), in a lazily loaded chunk. */
function requestComparison(inputs: ArticleInput[], base: string | undefined): Promise<Answer> {
  const id = nextId++;
  if (typeof Worker === 'undefined') {
    return import('../../core/compare/index.ts').then((core) => {
      try {
        return { id, result: core.computeComparison(inputs, base) };
      } catch (error) {
        return { id, error: String(error) };
      }
    });
  }
  if (!worker) {
    worker = new Worker(new URL('../../worker/compare.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<Answer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ id, inputs, base });
  });
}

/** The state of the comparison of a set of articles. */
export interface ComparisonState {
  comparison: Comparison | null;
  working: boolean;
  error: string | null;
}

interface Answered {
  inputs: ArticleInput[] | null;
  base: string | null;
  comparison: Comparison | null;
  error: string | null;
}

/** Aligns the records off the main thread; keeps showing the last result while a new one is made. */
export function useComparison(
  records: readonly ArticleRecord[],
  base: string | null,
): ComparisonState {
  const inputs = useMemo(() => records.map((r) => ({ id: r.id, text: r.text })), [records]);
  const [answered, setAnswered] = useState<Answered>({
    inputs: null,
    base: null,
    comparison: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    void requestComparison(inputs, base ?? undefined).then((answer) => {
      if (!live) return;
      setAnswered((s) => ({
        inputs,
        base,
        comparison: answer.result ?? s.comparison,
        error: answer.result ? null : (answer.error ?? 'Alignment failed'),
      }));
    });
    return () => {
      live = false;
    };
  }, [inputs, base]);
  return {
    comparison: answered.comparison,
    error: answered.error,
    working: answered.inputs !== inputs || answered.base !== base,
  };
}
