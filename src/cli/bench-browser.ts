/**
 * Browser figures for `npm run bench`: the built app served by `vite preview` and driven in the
 * system Chromium. Measures time to the aligned seeds, the initial JavaScript (gzipped), the
 * main thread's long tasks while a large synthetic set is aligned, and opening and marking a 5 MB
 * article in the Claims view.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { oneReviewPayload } from '../store/payload.ts';
import { bigArticleText } from './big-article.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.mjs';

const root = new URL('../../', import.meta.url);
const KB = 1024;
const LARGE_LOADS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Gzipped size of the JavaScript that index.html loads up front (not the worker or lazy chunks). */
function initialJsGzipKB(distDir: URL): { files: string[]; gzipKB: number } {
  const html = readFileSync(new URL('index.html', distDir), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(new URL(f, distDir))).length, 0);
  return { files, gzipKB: Math.round((bytes / KB) * 10) / 10 };
}

/** A saved payload holding one review of the given articles, as the app's store writes it. */
function savedPayload(texts: string[]): string {
  const articles = texts.map((text, k) => ({
    id: `synthetic-${String(k).padStart(2, '0')}.txt`,
    text,
    title: `Synthetic article ${k + 1}`,
    outlet: 'synthetic',
  }));
  return oneReviewPayload({ id: 'bench', name: 'Benchmark' }, articles, Date.now());
}

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.__rowsAt = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-row]')) {
      window.__rowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function timeToRows(browser: Browser, url: string, payload: string | null, timeout: number) {
  // The review is saved before the measured load, as a returning reviewer has it. Written by the
  // load itself (an init script), its 3.4 MB went to the browser's storage while the page started,
  // competing for the two cores with the page's own start-up: a cost no real load has.
  const origin = new URL(url).origin;
  const storageState = payload
    ? {
        cookies: [],
        origins: [{ origin, localStorage: [{ name: 'crosscheck:v1', value: payload }] }],
      }
    : undefined;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(storageState ? { storageState } : {}),
  });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await page.waitForSelector('[data-row]', { timeout });
  const ms = await page.evaluate(() => (window as unknown as { __rowsAt: number }).__rowsAt);
  // Until the whole comparison is in (the discrepancies come seconds after the rows), then a little.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
    timeout,
    polling: 100,
  });
  const comparedMs = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  const rows = await page.locator('[data-row]').count();
  await context.close();
  return { ms, comparedMs, longTasks, rows };
}

const BIG_ARTICLE_CHARS = 5_000_000;
const BIG_LOADS = 3;
const TIMED_TASKS = `
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

// Run in the page as a string: a bundler's helpers around a function would not exist there.
const TIME_MARK = `(async () => {
  const button = document.querySelector('[data-sentence] button[aria-pressed="false"]');
  const t = performance.now();
  button.click();
  await new Promise((done) => {
    const check = () => (button.getAttribute('aria-pressed') === 'true' ? done() : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t;
})()`;

/**
 * Opens the Claims view on a saved review of one 5 MB article, once the page has settled: the time
 * from the click to the first sentence shown, the main thread's long tasks from the click until a
 * second after it, and the time from a click on "Verified" to its button showing pressed.
 */
export async function claimsOnBigArticle(browser: Browser, url: string, payload: string) {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    storageState: {
      cookies: [],
      origins: [{ origin, localStorage: [{ name: 'crosscheck:v1', value: payload }] }],
    },
  });
  const page = await context.newPage();
  await page.addInitScript(TIMED_TASKS);
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Views' }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
    timeout: 120_000,
    polling: 100,
  });
  await page.waitForTimeout(500);
  const t0 = await page.evaluate(() => performance.now());
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Claims' })
    .click();
  await page.locator('[data-sentence]').first().waitFor({ timeout: 120_000 });
  const shown = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const markMs = (await page.evaluate(TIME_MARK)) as number;
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[][] }).__tasks);
  const rendered = await page.locator('[data-sentence]').count();
  await context.close();
  const after = tasks.filter(([start]) => start! >= t0).map(([, duration]) => duration!);
  return { openMs: shown - t0, longTasks: after, markMs, rendered };
}

/** Runs the browser benchmark; null when no Chromium is installed. */
export async function browserBenchReport(options: { runs?: number } = {}) {
  const executablePath = findChromium();
  if (!executablePath)
    return { skipped: 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)' };
  const runs = options.runs ?? 5;
  const outDir = new URL('dist/', root);
  await build({ root: root.pathname, logLevel: 'silent' });
  const server = await preview({
    root: root.pathname,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const seedTimes: number[] = [];
    for (let k = 0; k < runs; k++)
      seedTimes.push((await timeToRows(browser, url, null, 30_000)).ms);

    const seedDir = new URL('seeds/', root);
    const seedTexts = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
    const texts = syntheticCorpus(seedTexts, { articles: 20, paragraphs: 300, seed: 2 });
    const payload = savedPayload(texts);
    // Several page loads: "never blocks" is about the worst of them, not a lucky one.
    const loads = [];
    for (let k = 0; k < LARGE_LOADS; k++)
      loads.push(await timeToRows(browser, url, payload, 120_000));
    const longest = loads.map((l) => Math.round(Math.max(0, ...l.longTasks)));
    const bigPayload = oneReviewPayload(
      { id: 'bench-big', name: 'Benchmark, one long article' },
      [
        {
          id: 'ledger.txt',
          text: bigArticleText(BIG_ARTICLE_CHARS),
          title: 'Ledger',
          outlet: 'synthetic',
        },
      ],
      Date.now(),
    );
    const big = [];
    for (let k = 0; k < BIG_LOADS; k++)
      big.push(await claimsOnBigArticle(browser, url, bigPayload));
    const bigLongest = big.map((b) => Math.round(Math.max(0, ...b.longTasks)));
    return {
      chromium: browser.version(),
      initialJs: { ...initialJsGzipKB(outDir), targetKB: 150 },
      seedsAlignedMs: {
        median: Math.round(median(seedTimes)),
        runs: seedTimes.map(Math.round),
        target: 1000,
      },
      large20x300: {
        savedPayloadChars: payload.length,
        loads: LARGE_LOADS,
        alignedAndShownMs: Math.round(median(loads.map((l) => l.ms))),
        /** Until the discrepancies are in too; long tasks are counted up to 500 ms after this. */
        fullyComparedMs: Math.round(median(loads.map((l) => l.comparedMs))),
        rowsRendered: loads[0]?.rows ?? 0,
        longTasksPerLoad: loads.map((l) => l.longTasks.length),
        longestTaskPerLoadMs: longest,
        longestTaskMs: Math.max(0, ...longest),
        targetLongestTaskMs: 50,
      },
      claims5MB: {
        articleChars: BIG_ARTICLE_CHARS,
        loads: BIG_LOADS,
        /** From the click on Claims to the first sentence shown. */
        openMs: Math.round(median(big.map((b) => b.openMs))),
        openRunsMs: big.map((b) => Math.round(b.openMs)),
        targetOpenMs: 1000,
        /** Long tasks from that click until 1.5 s after the sentences are shown (a mark included). */
        longestTaskPerLoadMs: bigLongest,
        longestTaskMs: Math.max(0, ...bigLongest),
        targetLongestTaskMs: 100,
        /** From a click on "Verified" to the button shown pressed. */
        markMs: Math.round(median(big.map((b) => b.markMs))),
        sentencesRendered: big[0]?.rendered ?? 0,
      },
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

if (process.argv[1]?.endsWith('bench-browser.ts')) {
  const report = await browserBenchReport();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
