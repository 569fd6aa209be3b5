import { statSync } from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { Link } from '../core/align/index.ts';
import {
  articleDiscrepancies,
  assembleDiscrepancies,
  comparedLinks,
  discrepancyTasks,
  runDiscrepancyTask,
  type DiscrepancyTask,
  type LinkDiscrepancy,
} from '../core/compare/link-discrepancies.ts';
import type { Discrepancy } from '../core/facts/index.ts';
import type { Article } from '../core/text/index.ts';
import { readArticles } from './read-articles.ts';

/**
 * The discrepancy stage of a large comparison on two threads: a helper thread reads and parses the
 * articles while this one aligns them, then takes half of the comparisons. The output is the one the
 * single-threaded linkDiscrepancies gives, in the same order.
 */

/**
 * Below this much text a second thread costs more to start than it saves
 * (CROSSCHECK_THREAD_MIN_BYTES overrides it, for tests).
 */
export const THREAD_MIN_BYTES = 256 * 1024;

interface Request {
  tasks: DiscrepancyTask[];
}
type Reply = { results: Discrepancy[][] } | { error: string };

/** A helper thread started on the compiled CLI file, or null when the input is small or threads fail. */
export interface Helper {
  run(tasks: DiscrepancyTask[]): Promise<Discrepancy[][] | null>;
  stop(): void;
}

/** Starts the helper on `self` (the compiled CLI file) when the files are large enough to gain by it. */
export function startHelper(self: URL | undefined, files: readonly string[]): Helper | null {
  if (self === undefined) return null;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      return null;
    }
  }
  const min = Number(process.env.CROSSCHECK_THREAD_MIN_BYTES ?? THREAD_MIN_BYTES);
  if (bytes < (Number.isFinite(min) ? min : THREAD_MIN_BYTES)) return null;
  let worker: Worker;
  try {
    worker = new Worker(self, { workerData: { role: 'discrepancies', files } });
  } catch {
    return null;
  }
  // The helper must never keep the process alive or fail it: any trouble and this thread does the work.
  worker.unref();
  const failed = new Promise<null>((resolve) => {
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return {
    run(tasks) {
      const reply = new Promise<Discrepancy[][] | null>((resolve) => {
        worker.once('message', (m: Reply) => resolve('results' in m ? m.results : null));
      });
      worker.postMessage({ tasks } satisfies Request);
      return Promise.race([reply, failed]);
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** What the helper thread runs (see the compiled entry): parse, then answer one request. */
export function helperThread(): boolean {
  const data = workerData as { role?: string; files?: string[] } | null;
  if (parentPort === null || data?.role !== 'discrepancies' || !Array.isArray(data.files))
    return false;
  const port = parentPort;
  let articles: Article[] | null = null;
  let error = '';
  try {
    articles = readArticles(data.files);
  } catch (e) {
    error = String(e);
  }
  port.once('message', (m: Request) => {
    const reply: Reply =
      articles === null
        ? { error }
        : { results: m.tasks.map((t) => runDiscrepancyTask(articles as Article[], t)) };
    port.postMessage(reply);
    port.close();
  });
  return true;
}

// Each side's share of the work, estimated by the length of the texts compared.
function split(
  articles: readonly Article[],
  tasks: readonly DiscrepancyTask[],
): [number[], number[]] {
  const mine: number[] = [];
  const theirs: number[] = [];
  let a = 0;
  let b = 0;
  tasks.forEach((t, n) => {
    const cost =
      (articles[t.ka]?.paragraphs[t.i]?.text.length ?? 0) +
      (articles[t.kb]?.paragraphs[t.j]?.text.length ?? 0);
    if (a <= b) {
      mine.push(n);
      a += cost;
    } else {
      theirs.push(n);
      b += cost;
    }
  });
  return [mine, theirs];
}

/** linkDiscrepancies, with half of the comparisons on the helper when there is one. */
export async function threadedDiscrepancies(
  articles: readonly Article[],
  links: readonly Link[],
  helper: Helper | null,
): Promise<LinkDiscrepancy[]> {
  const compared = comparedLinks(articles, links);
  const { tasks, taskOf } = discrepancyTasks(articles, links, compared);
  const results: (Discrepancy[] | undefined)[] = new Array<Discrepancy[] | undefined>(tasks.length);
  if (helper !== null && tasks.length > 1) {
    const [mine, theirs] = split(articles, tasks);
    const pending = helper.run(theirs.map((n) => tasks[n] as DiscrepancyTask));
    for (const n of mine) results[n] = runDiscrepancyTask(articles, tasks[n] as DiscrepancyTask);
    const answered = await pending;
    theirs.forEach((n, k) => {
      results[n] = answered?.[k] ?? runDiscrepancyTask(articles, tasks[n] as DiscrepancyTask);
    });
    // CROSSCHECK_THREAD_REPORT=1 says how the work was shared (tests check that the helper answered).
    if (process.env.CROSSCHECK_THREAD_REPORT === '1') {
      process.stderr.write(
        `align: ${answered ? theirs.length : 0} of ${tasks.length} comparisons on a helper thread\n`,
      );
    }
  } else {
    tasks.forEach((t, n) => (results[n] = runDiscrepancyTask(articles, t)));
  }
  helper?.stop();
  const found = assembleDiscrepancies(links, compared, taskOf, results as Discrepancy[][]);
  return found.concat(articleDiscrepancies(articles, found));
}
