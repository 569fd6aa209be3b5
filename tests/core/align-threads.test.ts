// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompareHelper, fromVersionsMessage, versionsMessage } from '../../src/cli/align-threads.ts';
import { alignArticles } from '../../src/core/align/index.ts';
import { linkDiscrepancies, paragraphVersions, type LinkDiscrepancy } from '../../src/core/compare/link-discrepancies.ts';
import { syntheticCorpus } from '../../src/cli/synthetic-corpus.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const dir = new URL('../../seeds/', import.meta.url);
const seedFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seeds = seedFiles.map((f) => parseArticle(f, readFileSync(new URL(f, dir), 'utf8')));
// Two made-up articles of 300 paragraphs: their findings include names spelled two ways away from
// any link (found between whole articles, and appended last), which the seeds have none of.
const batch = syntheticCorpus(
  seedFiles.map((f) => readFileSync(new URL(f, dir), 'utf8')),
  { articles: 20, paragraphs: 300, seed: 2 },
)
  .slice(0, 2)
  .map((t, k) => parseArticle(`synthetic-${k}.txt`, t));
const { links } = alignArticles(batch);
const expected = linkDiscrepancies(batch, links);
const SLIP = /once, where this article writes/;

/** A helper thread from a module's source (the compiled CLI is tested in cli-run.test.ts). */
const helperOf = (source: string, helpedJobs: number) =>
  new CompareHelper(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { helpedJobs });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once a slot shared with the helper holds value (the helper has got that far). */
async function slot(helper: CompareHelper, k: number, value: number) {
  while (Atomics.load(helper.control, k) !== value) await pause(10);
}

/**
 * The discrepancies of the batch through a helper. ready: what to wait for before asking for them;
 * settle: time for the helper to act on what it is sent before this thread finishes.
 */
async function withHelper(
  source: string,
  options: { ready?: (h: CompareHelper) => Promise<void>; settle?: number; helpedJobs?: number } = {},
) {
  const helper = helperOf(source, options.helpedJobs ?? 0);
  try {
    helper.share(batch);
    await options.ready?.(helper);
    const toText = (d: LinkDiscrepancy) => JSON.stringify(d);
    const finish = helper.linkDiscrepancies(batch, links, toText);
    if (options.settle !== undefined) await pause(options.settle);
    const texts: string[] = [];
    const found = await finish((some) => texts.push(...some));
    // The texts handed on along the way are those of the findings, in their order.
    expect(texts).toEqual(found.map(toText));
    return found;
  } finally {
    helper.close();
  }
}

describe('the helper thread of the align CLI', () => {
  it('finds the same as one thread when the helper stops at once: this thread does its jobs', async () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((d) => SLIP.test(d.explanation)).length).toBeGreaterThan(0);
    expect(await withHelper('process.exit(0);')).toEqual(expected);
  });

  it('finds the same when the helper gives up every job it takes', async () => {
    // Takes the jobs as the real helper does, from the shared counter, and answers each with a failure.
    const giveUp = `
      import { parentPort, workerData } from 'node:worker_threads';
      const control = new Int32Array(workerData.control);
      parentPort.on('message', (m) => {
        if (m.kind !== 'jobs') return;
        for (;;) {
          const from = Atomics.add(control, 0, 16);
          if (from >= m.va.length) break;
          parentPort.postMessage({ kind: 'failed', from, message: 'gave up' });
        }
        parentPort.removeAllListeners('message');
      });`;
    expect(await withHelper(giveUp)).toEqual(expected);
  });

  it('finds the same when the helper takes the name slips and stops before it sends them', async () => {
    const takeAndStop = `
      import { workerData } from 'node:worker_threads';
      Atomics.compareExchange(new Int32Array(workerData.control), 2, 0, 1);
      process.exit(0);`;
    // Asked for once the helper has taken them, so this thread cannot take them first.
    const ready = (h: CompareHelper) => slot(h, 2, 1);
    expect(await withHelper(takeAndStop, { ready })).toEqual(expected);
  });

  it('finds the same when the helper gives up one job and stays alive without answering more', async () => {
    // Takes the first chunk only and gives it up; takes no more and never ends.
    const stuck = `
      import { parentPort, workerData } from 'node:worker_threads';
      const control = new Int32Array(workerData.control);
      parentPort.on('message', (m) => {
        if (m.kind !== 'jobs') return;
        const first = Atomics.add(control, 0, 16);
        parentPort.postMessage({ kind: 'failed', from: first, message: 'gave up' });
        setInterval(() => undefined, 1000);
      });`;
    expect(await withHelper(stuck)).toEqual(expected);
  });

  it('gives the helper no jobs from a small batch', async () => {
    // Once listening it says so (the jobs-sent slot, which this thread sets anyway); it takes every
    // job it is sent and never answers, which would stall the batch.
    const silent = `
      import { parentPort, workerData } from 'node:worker_threads';
      const control = new Int32Array(workerData.control);
      parentPort.on('message', (m) => {
        if (m.kind === 'jobs') Atomics.store(control, 0, 1 << 30);
      });
      Atomics.store(control, 1, 1);`;
    const ready = (h: CompareHelper) => slot(h, 1, 1);
    expect(await withHelper(silent, { ready, settle: 300, helpedJobs: 10_000 })).toEqual(expected);
  });

  it('sends the helper each paragraph version and each article as it was parsed, boilerplate too', () => {
    const text = 'Harbour fire\n\nAdvertisement\n\nThe fire burned for six hours. Crews came at dawn.\n\nAdvertisement';
    const articles = [...seeds, parseArticle('ads.txt', text)];
    expect(articles.at(-1)?.paragraphs.filter((p) => p.boilerplate).length).toBe(2);
    const versions = paragraphVersions(articles);
    // As the helper gets it: through the structured clone of postMessage.
    const got = fromVersionsMessage(structuredClone(versionsMessage(articles, versions)));
    expect(got.articles).toEqual(
      articles.map((a) => a.paragraphs.map((p) => ({ text: p.text, boilerplate: p.boilerplate }))),
    );
    expect(got.paragraph).toEqual(
      versions.paragraph.map((p) => ({
        text: p.text,
        start: 0,
        sentences: p.sentences.map((x) => ({ start: x.start - p.start, end: x.end - p.start })),
      })),
    );
  });

  it('finds the same when the helper throws on loading', async () => {
    expect(await withHelper('throw new Error("broken helper");')).toEqual(expected);
  });
});
