// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompareHelper } from '../../src/cli/align-threads.ts';
import { alignArticles } from '../../src/core/align/index.ts';
import { linkDiscrepancies } from '../../src/core/compare/link-discrepancies.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const dir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseArticle(f, readFileSync(new URL(f, dir), 'utf8')));
const { links } = alignArticles(seeds);
const expected = linkDiscrepancies(seeds, links);

/** A helper thread from a module's source (the compiled CLI is tested in cli-run.test.ts). */
const helperOf = (source: string) =>
  new CompareHelper(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { helpedJobs: 0 });

async function withHelper(source: string, settle = 0) {
  const helper = helperOf(source);
  try {
    helper.share(seeds);
    // Time for the helper to load and act before this thread asks for its share.
    if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle));
    return await helper.linkDiscrepancies(seeds, links)();
  } finally {
    helper.close();
  }
}

describe('the helper thread of the align CLI', () => {
  it('finds the same as one thread when the helper stops at once: this thread does its jobs', async () => {
    expect(expected.length).toBeGreaterThan(0);
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
    expect(await withHelper(takeAndStop, 500)).toEqual(expected);
  });

  it('finds the same when the helper throws on loading', async () => {
    expect(await withHelper('throw new Error("broken helper");')).toEqual(expected);
  });
});
