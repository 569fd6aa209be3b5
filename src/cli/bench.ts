import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { alignArticles } from '../core/align/index.ts';
import { parseArticle, type Article } from '../core/text/index.ts';
import { linkDiscrepancies } from '../core/compare/link-discrepancies.ts';
import { syntheticCorpus, type CorpusSpec } from './synthetic-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function timeRuns(runs: number, warmup: number, f: () => unknown): number[] {
  for (let k = 0; k < warmup; k++) f();
  const times: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let k = 0; k < runs; k++) {
    // Collect the last run's garbage first (when exposed), so memory peaks measure one alignment.
    gc?.();
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times;
}

function round(x: number, digits = 2): number {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}

/** Aligns one synthetic set several times: median time, links found and memory. */
function benchCorpus(seedTexts: readonly string[], spec: CorpusSpec, runs: number) {
  const texts = syntheticCorpus(seedTexts, spec);
  const t0 = performance.now();
  const articles: Article[] = texts.map((t, k) => parseArticle(`synthetic-${k}.txt`, t));
  const parseMs = performance.now() - t0;
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const heapBefore = process.memoryUsage().heapUsed;
  let links = 0;
  let peakHeap = heapBefore;
  const times = timeRuns(runs, 1, () => {
    const result = alignArticles(articles);
    links = result.links.length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  });
  const ms = median(times);
  // The whole comparison as the CLI runs it: parse, align, then the discrepancies of every link.
  let discrepancies = 0;
  const fullTimes = timeRuns(Math.max(1, runs - 2), 0, () => {
    const parsed = texts.map((t, k) => parseArticle(`synthetic-${k}.txt`, t));
    discrepancies = linkDiscrepancies(parsed, alignArticles(parsed).links).length;
  });
  return {
    articles: spec.articles,
    paragraphsPerArticle: spec.paragraphs,
    paragraphs,
    characters: chars,
    links,
    parseMs: round(parseMs),
    medianMs: round(ms),
    runsMs: times.map((t) => round(t)),
    msPer1kParagraphs: round((ms / paragraphs) * 1000),
    discrepancies,
    /** Parse, align and discrepancies from a cold start (each run parses afresh), median. */
    fullMedianMs: round(median(fullTimes)),
    heapAfterAlignMB: round((peakHeap - heapBefore) / MB),
    /** Peak resident memory of the process that ran this corpus (a fresh one unless --same-process). */
    processPeakRssMB: round(process.resourceUsage().maxRSS / 1024),
  };
}

function readSeeds(): { files: string[]; seedTexts: string[] } {
  const seedDir = `${root}seeds`;
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return { files, seedTexts: files.map((f) => readFileSync(`${seedDir}/${f}`, 'utf8')) };
}

type CorpusResult = ReturnType<typeof benchCorpus>;

/**
 * The whole comparison of the seeds (parse, align, discrepancies) against a jsdiff word diff of every
 * pair of seeds, timed alternately in this process: ratio = jsdiff time / ours.
 */
function sideBySide(files: readonly string[], seedTexts: readonly string[]) {
  const ours = () => {
    const articles = seedTexts.map((t, k) => parseArticle(files[k] as string, t));
    return linkDiscrepancies(articles, alignArticles(articles).links).length;
  };
  const jsdiff = () => {
    let n = 0;
    for (let x = 0; x < seedTexts.length; x++)
      for (let y = x + 1; y < seedTexts.length; y++)
        n += diffWords(seedTexts[x] as string, seedTexts[y] as string).length;
    return n;
  };
  // The first run of each, cold: code not yet compiled, and ours without the tables it keeps by
  // text (sentence splits, word keys, quotation diffs), which later runs on the same seeds reuse.
  const oursFirst = timeRuns(1, 0, ours)[0] as number;
  const jsdiffFirst = timeRuns(1, 0, jsdiff)[0] as number;
  // Warm both up, then alternate so that load on the machine falls on both alike.
  for (let k = 0; k < 3; k++) {
    ours();
    jsdiff();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < 7; k++) {
    a.push(timeRuns(1, 0, ours)[0] as number);
    b.push(timeRuns(1, 0, jsdiff)[0] as number);
  }
  const pairs = (seedTexts.length * (seedTexts.length - 1)) / 2;
  return {
    description: `parse + align + discrepancies of ${seedTexts.length} seeds vs jsdiff diffWords of the ${pairs} seed pairs`,
    oursMedianMs: round(median(a), 3),
    jsdiffMedianMs: round(median(b), 3),
    ratio: round(median(b) / median(a), 1),
    target: 20,
    firstRun: { oursMs: round(oursFirst, 3), jsdiffMs: round(jsdiffFirst, 3), ratio: round(jsdiffFirst / oursFirst, 1) },
  };
}

/**
 * Benchmarks one corpus in a fresh Node process, so that its peak RSS is its own and not the
 * high-water mark left by earlier corpora. Falls back to this process if the child cannot run.
 */
function benchIsolated(seedTexts: readonly string[], spec: CorpusSpec, runs: number): CorpusResult {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      '--corpus',
      JSON.stringify({ spec, runs }),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 16 * MB,
    },
  );
  if (child.status === 0) return JSON.parse(child.stdout) as CorpusResult;
  process.stderr.write(
    `bench: child process failed (${child.stderr.trim().slice(0, 200)}); measuring in this process\n`,
  );
  return benchCorpus(seedTexts, spec, runs);
}

/**
 * Node's arguments in package.json's `align` script (its flags, the tool, its name), so that the
 * bench times what `npm run align` runs; paths are taken from the project's root.
 */
export function alignCommand(script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.align): string[] {
  const words = (script ?? '').trim().split(/\s+/);
  if (words[0] !== 'node' || !words.includes('align')) throw new Error(`bench: the align script is not "node ... align": ${script ?? '(none)'}`);
  return words.slice(1).map((w) => (w.startsWith('-') || !w.includes('/') ? w : join(root, w)));
}

/** Wall time of the align CLI (a fresh process: parse, align, discrepancies, JSON out) on one synthetic set. */
function cliTime(seedTexts: readonly string[], spec: CorpusSpec) {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    const files = syntheticCorpus(seedTexts, spec).map((t, k) => {
      const f = join(dir, `synthetic-${String(k).padStart(3, '0')}.txt`);
      writeFileSync(f, t);
      return f;
    });
    // As `npm run align` runs it: the compiled CLI (built on the first run, so one run is untimed).
    const command = alignCommand();
    spawnSync(process.execPath, [...command, files[0] as string], { stdio: 'ignore' });
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [...command, ...files], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      times.push(performance.now() - t0);
      if (run.status !== 0) return { error: run.stderr.toString().slice(0, 200) };
    }
    return {
      articles: spec.articles,
      paragraphsPerArticle: spec.paragraphs,
      wallMs: round(median(times)),
      runsMs: times.map((t) => round(t)),
      targetMs: 3000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Node part of the benchmark report (an object, so other runners can add their own parts). */
export function nodeBenchReport(options: { runs?: number; isolate?: boolean } = {}) {
  const runs = options.runs ?? 5;
  const one = options.isolate === false ? benchCorpus : benchIsolated;
  const { files, seedTexts } = readSeeds();
  const seeds = seedTexts.map((t, k) => parseArticle(files[k] as string, t));
  const seedTimes = timeRuns(30, 10, () => alignArticles(seeds));
  const versusJsdiff = sideBySide(files, seedTexts);
  const cli = cliTime(seedTexts, { articles: 20, paragraphs: 300, seed: 2 });

  const corpora = [
    { articles: 10, paragraphs: 100, seed: 1 },
    { articles: 20, paragraphs: 300, seed: 2 },
    { articles: 50, paragraphs: 200, seed: 3 },
  ].map((spec) => one(seedTexts, spec, runs));

  // Growth at a fixed number of articles: time against total text, fitted as time ~ size^k.
  const series = [75, 150, 300, 600].map((p) =>
    one(seedTexts, { articles: 20, paragraphs: p, seed: 4 }, Math.max(3, runs - 2)),
  );
  const xs = series.map((s) => Math.log(s.characters));
  const ys = series.map((s) => Math.log(s.medianMs));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope =
    xs.reduce((acc, x, k) => acc + (x - mx) * ((ys[k] as number) - my), 0) /
    xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);

  return {
    node: process.version,
    seeds: {
      articles: seeds.length,
      paragraphs: seeds.reduce((n, a) => n + a.paragraphs.length, 0),
      medianMs: round(median(seedTimes), 3),
      runs: seedTimes.length,
      targetMs: 20,
    },
    versusJsdiff,
    cli,
    synthetic: corpora,
    growth: {
      description:
        'align time at 20 articles as paragraphs per article grow; exponent of time ~ characters^k (1 = linear)',
      exponent: round(slope, 3),
      points: series.map((s) => ({
        paragraphs: s.paragraphs,
        characters: s.characters,
        medianMs: s.medianMs,
        msPer1kParagraphs: s.msPer1kParagraphs,
      })),
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const k = process.argv.indexOf('--corpus');
  if (k >= 0) {
    const { spec, runs } = JSON.parse(process.argv[k + 1] ?? '{}') as {
      spec: CorpusSpec;
      runs: number;
    };
    process.stdout.write(JSON.stringify(benchCorpus(readSeeds().seedTexts, spec, runs)));
  } else {
    const isolate = !process.argv.includes('--same-process');
    const node = nodeBenchReport({ isolate });
    // Browser figures (time to aligned seeds, initial JS, long tasks) unless --node-only.
    // Loaded only here: Vite and Playwright would otherwise sit in every corpus child's memory figure.
    const browser = process.argv.includes('--node-only')
      ? { skipped: '--node-only' }
      : await (await import('./bench-browser.ts')).browserBenchReport();
    process.stdout.write(
      `${JSON.stringify({ generatedAt: new Date().toISOString(), ...node, browser }, null, 2)}\n`,
    );
  }
}
