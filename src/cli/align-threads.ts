// The align CLI's second thread. Comparing the facts of linked paragraphs is most of a large run, and
// its jobs (see planDiscrepancies) are independent. Once the articles are parsed, the main thread
// sends a helper thread the paragraph versions (each distinct paragraph once); while the main thread
// aligns, the helper works out the name slips between articles (they need no links) and prepares
// each version for comparison. Then the main thread sends the jobs, which the helper runs while the
// main thread prints the links. Each job's answer depends on its inputs alone, so the output is the
// same as with one thread. The main thread runs the jobs of a small batch itself (they are done
// before the helper's answers would come), and those the helper gives up or leaves when it stops; it
// takes no share of a large batch: with both threads at work each ran slower than the helper alone,
// which holds the prepared paragraphs.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Link } from '../core/align/index.ts';
import {
  articleDiscrepancies,
  articleNameVariants,
  LinkDiscrepancyCursor,
  paragraphVersions,
  planDiscrepancies,
  runDiscrepancyJob,
  type DiscrepancyPlan,
  type LinkDiscrepancy,
  type ParagraphVersions,
} from '../core/compare/link-discrepancies.ts';
import type { CompareCache, Discrepancy } from '../core/facts/index.ts';
import type { NameVariant, SpelledParagraph } from '../core/facts/name-variants.ts';
import { prepareView, type ParagraphInput } from '../core/facts/pairing.ts';
import type { Article } from '../core/text/index.ts';

/** Jobs a thread takes at a time from the shared counter. */
const CHUNK = 16;
/**
 * Slots shared by the two threads: the next job to take; whether the jobs are sent; who works out
 * the name slips (0 no one yet, 1 the helper, 2 the main thread).
 */
const NEXT = 0;
const SENT = 1;
const VARIANTS = 2;
/** A batch of fewer jobs than this is compared in the main thread. */
const HELPED_JOBS = 256;

interface HelperData {
  crosscheckHelper: true;
  control: SharedArrayBuffer;
}

/** The paragraph versions: their texts and sentences (offsets into the text), and each article's paragraphs as versions. */
interface VersionsMessage {
  kind: 'versions';
  texts: string[];
  /** Version v's sentences are [bounds[2k], bounds[2k + 1]) for k from first[v] to first[v + 1] - 1. */
  first: Int32Array;
  bounds: Int32Array;
  articles: Int32Array[];
  boilerplate: Uint8Array[];
}

/** The jobs: two versions each and the sentence pairs to compare within. */
interface JobsMessage {
  kind: 'jobs';
  va: Int32Array;
  vb: Int32Array;
  /** Job k's sentence pairs are pairs from[k] to from[k + 1] - 1 of pi, pj and score. */
  from: Int32Array;
  pi: Int32Array;
  pj: Int32Array;
  score: Float64Array;
}

/** Takes the texts of a batch's discrepancies, some at a time, in their order (see linkDiscrepancies). */
export type EmitTexts = (texts: readonly string[]) => void;

type FromHelper =
  | { kind: 'variants'; variants: NameVariant[][] }
  | { kind: 'found'; from: number; found: Discrepancy[][] }
  | { kind: 'failed'; from: number; message: string };

/** What the helper sends and gets (exported for tests): the batch's paragraph versions. */
export function versionsMessage(articles: readonly Article[], versions: ParagraphVersions): VersionsMessage {
  const { paragraph } = versions;
  const first = new Int32Array(paragraph.length + 1);
  paragraph.forEach((p, v) => (first[v + 1] = (first[v] as number) + p.sentences.length));
  const bounds = new Int32Array(2 * (first[paragraph.length] as number));
  paragraph.forEach((p, v) =>
    p.sentences.forEach((s, k) => {
      bounds[2 * ((first[v] as number) + k)] = s.start - p.start;
      bounds[2 * ((first[v] as number) + k) + 1] = s.end - p.start;
    }),
  );
  return {
    kind: 'versions',
    texts: paragraph.map((p) => p.text),
    first,
    bounds,
    articles: versions.id,
    boilerplate: articles.map((a) => Uint8Array.from(a.paragraphs, (p) => (p.boilerplate ? 1 : 0))),
  };
}

function jobsMessage(plan: DiscrepancyPlan, links: readonly Link[]): JobsMessage {
  const n = plan.link.length;
  let count = 0;
  for (const k of plan.link) count += (links[k] as Link).pairs.length;
  const m: JobsMessage = {
    kind: 'jobs',
    va: plan.va,
    vb: plan.vb,
    from: new Int32Array(n + 1),
    pi: new Int32Array(count),
    pj: new Int32Array(count),
    score: new Float64Array(count),
  };
  let at = 0;
  plan.link.forEach((k, job) => {
    for (const p of (links[k] as Link).pairs) {
      m.pi[at] = p.i;
      m.pj[at] = p.j;
      m.score[at++] = p.score;
    }
    m.from[job + 1] = at;
  });
  return m;
}

/**
 * The helper's side of a versions message: each version as a paragraph of its own (offsets into its
 * text), and each article's paragraphs as their texts and boilerplate flags (all the name slips read).
 */
export function fromVersionsMessage(m: VersionsMessage): {
  paragraph: ParagraphInput[];
  articles: SpelledParagraph[][];
} {
  const paragraph = m.texts.map((text, v) => {
    const sentences: Array<{ start: number; end: number }> = [];
    for (let k = m.first[v] as number; k < (m.first[v + 1] as number); k++)
      sentences.push({ start: m.bounds[2 * k] as number, end: m.bounds[2 * k + 1] as number });
    return { text, start: 0, sentences };
  });
  const articles = m.articles.map((ids, x) =>
    Array.from(ids, (v, i): SpelledParagraph => ({
      text: m.texts[v] as string,
      boilerplate: m.boilerplate[x]?.[i] === 1,
    })),
  );
  return { paragraph, articles };
}

const pairsOf = (m: JobsMessage, job: number): Link['pairs'] => {
  const out: Link['pairs'] = [];
  for (let k = m.from[job] as number; k < (m.from[job + 1] as number); k++)
    out.push({ i: m.pi[k] as number, j: m.pj[k] as number, score: m.score[k] as number });
  return out;
};

/** The helper thread's side: the compiled CLI (see run.mjs) runs this in a worker. */
export function serveHelper(): void {
  const data = workerData as HelperData | undefined;
  const port = parentPort;
  if (port === null || data?.crosscheckHelper !== true) return;
  const control = new Int32Array(data.control);
  const post = (m: FromHelper) => port.postMessage(m);
  let paragraph: ParagraphInput[] = [];
  const onVersions = (m: VersionsMessage) => {
    const got = fromVersionsMessage(m);
    paragraph = got.paragraph;
    if (Atomics.compareExchange(control, VARIANTS, 0, 1) === 0)
      post({ kind: 'variants', variants: articleNameVariants(got.articles) });
    // Until the jobs come: each version is compared in some job or other.
    for (const p of paragraph) {
      if (Atomics.load(control, SENT) !== 0) break;
      prepareView(p);
    }
  };
  const onJobs = (m: JobsMessage) => {
    const n = m.va.length;
    const plan = { paragraph, va: m.va, vb: m.vb };
    const cache: CompareCache = new Map();
    for (;;) {
      const from = Atomics.add(control, NEXT, CHUNK);
      if (from >= n) break;
      try {
        const found: Discrepancy[][] = [];
        for (let job = from; job < Math.min(n, from + CHUNK); job++)
          found.push(runDiscrepancyJob(plan, job, pairsOf(m, job), cache));
        post({ kind: 'found', from, found });
      } catch (e) {
        post({ kind: 'failed', from, message: String(e) });
        break;
      }
    }
    // Ends the thread now: its heap is freed while the main thread finishes, not when the process
    // exits, which waits for it (about 45 ms less after a 20 x 300 comparison). What it posted
    // arrives all the same; the main thread would do any job whose answer did not.
    process.exit(0);
  };
  port.on('message', (m: VersionsMessage | JobsMessage) => (m.kind === 'versions' ? onVersions(m) : onJobs(m)));
}

/** The main thread's side: a helper thread for one run of the CLI. */
export class CompareHelper {
  private readonly worker: Worker;
  /** The slots shared with the helper (see NEXT, SENT, VARIANTS); tests read them to know how far it got. */
  readonly control: Int32Array;
  private versions: ParagraphVersions | undefined;
  /** Each chunk the helper answered (by its first job), and the chunks it gave up. */
  private readonly answered = new Map<number, Discrepancy[][]>();
  private readonly failed = new Set<number>();
  private variants: NameVariant[][] | undefined;
  /** What went wrong in the helper, for the stats line. */
  private readonly problems: string[] = [];
  private stopped = false;
  private wake: (() => void) | undefined;

  /**
   * Starts the helper on the compiled CLI's file (url): it loads while this thread parses. With
   * stats, how the jobs were shared is written to stderr.
   */
  constructor(
    url: URL,
    private readonly options: { helpedJobs?: number; stats?: boolean } = {},
  ) {
    const control = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    this.control = new Int32Array(control);
    const data: HelperData = { crosscheckHelper: true, control };
    this.worker = new Worker(url, { workerData: data });
    this.worker.on('message', (m: FromHelper) => {
      if (m.kind === 'variants') this.variants = m.variants;
      else if (m.kind === 'found') this.answered.set(m.from, m.found);
      else {
        this.failed.add(m.from);
        this.problems.push(m.message);
      }
      this.wake?.();
    });
    // An error stops the worker; either way the main thread does what is left.
    this.worker.on('error', (e) => this.problems.push(String(e)));
    this.worker.on('exit', (code) => {
      if (code !== 0) this.problems.push(`stopped with exit code ${code}`);
      this.stopped = true;
      this.wake?.();
    });
  }

  /** Sends the helper the batch's paragraph versions, as soon as the articles are parsed. */
  share(articles: readonly Article[]): void {
    this.versions = paragraphVersions(articles);
    this.worker.postMessage(versionsMessage(articles, this.versions));
  }

  /** Resolves once ready() holds or the helper has stopped. */
  private until(ready: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!ready() && !this.stopped) return;
        this.wake = undefined;
        resolve();
      };
      this.wake = check;
      check();
    });
  }

  /**
   * linkDiscrepancies of the shared articles with the helper: sends the jobs of a large batch at
   * once and returns what finishes them, to be called when this thread is free (the links printed).
   * Given toText, what finishes them hands emit each finding's text as it is gathered, so that the
   * texts are written while the helper's last answers are awaited, not after.
   */
  linkDiscrepancies(
    articles: readonly Article[],
    links: readonly Link[],
    toText?: (d: LinkDiscrepancy) => string,
  ): (emit?: EmitTexts) => Promise<LinkDiscrepancy[]> {
    const plan = planDiscrepancies(articles, links, this.versions);
    const n = plan.link.length;
    // A small batch is done here: it is over before the helper's answers would come.
    const helped = n >= (this.options.helpedJobs ?? HELPED_JOBS);
    Atomics.store(this.control, SENT, 1);
    if (helped) this.worker.postMessage(jobsMessage(plan, links));
    return async (emit) => {
      const found: Discrepancy[][] = new Array<Discrepancy[]>(n);
      const cache: CompareCache = new Map();
      const run = (from: number) => {
        for (let job = from; job < Math.min(n, from + CHUNK); job++)
          found[job] = runDiscrepancyJob(plan, job, (links[plan.link[job] as number] as Link).pairs, cache);
      };
      const mine = new Set<number>();
      const takeRest = () => {
        for (;;) {
          const from = Atomics.add(this.control, NEXT, CHUNK);
          if (from >= n) break;
          mine.add(from);
          run(from);
        }
      };
      if (!helped) takeRest();
      // The name slips, unless the helper has started on them.
      let variants: NameVariant[][] | undefined;
      if (Atomics.compareExchange(this.control, VARIANTS, 0, 2) === 0)
        variants = articleNameVariants(articles.map((a) => a.paragraphs));
      // The helper's chunks: while waiting for them, what has come is gathered link by link.
      const waiting = new Set<number>();
      for (let from = 0; from < n; from += CHUNK) if (!mine.has(from)) waiting.add(from);
      let texts: string[] = [];
      const text = toText === undefined || emit === undefined ? undefined : toText;
      const flush = () => {
        if (texts.length === 0) return;
        emit?.(texts);
        texts = [];
      };
      const cursor = new LinkDiscrepancyCursor(links, plan, text && ((d) => texts.push(text(d))));
      let byHelper = 0;
      const takeIn = () => {
        for (const from of waiting) {
          const got = this.answered.get(from);
          if (got === undefined) continue;
          got.forEach((d, k) => (found[from + k] = d));
          byHelper += got.length;
          waiting.delete(from);
        }
        cursor.advance(found);
        flush();
        return [...waiting].every((from) => this.failed.has(from));
      };
      await this.until(() => takeIn() || this.failed.size > 0);
      if (this.failed.size > 0) {
        // The helper gave up a job: the jobs no one has taken are done here, then its last answers awaited.
        takeRest();
        for (const from of mine) waiting.delete(from);
        await this.until(takeIn);
      }
      // Those the helper gave up, or left when it stopped.
      for (const from of waiting) run(from);
      if (!cursor.advance(found)) throw new Error('align: a comparison job was left undone');
      if (variants === undefined) {
        await this.until(() => this.variants !== undefined);
        // Left undefined if the helper stopped before it sent them: articleDiscrepancies works them out.
        variants = this.variants;
      }
      if (this.options.stats === true)
        process.stderr.write(
          `align: ${n} paragraph comparisons, ${byHelper} of them in the helper thread${this.problems.map((p) => `; helper: ${p}`).join('')}\n`,
        );
      const more = articleDiscrepancies(articles, cursor.names, variants);
      if (text !== undefined) for (const d of more) texts.push(text(d));
      flush();
      return cursor.out.concat(more);
    };
  }

  /** Stops the helper (a run's last step: it must not keep the process alive). */
  close(): void {
    this.worker.unref();
    void this.worker.terminate();
  }
}
