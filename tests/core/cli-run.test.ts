// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/cli/synthetic-corpus.ts';

const root = join(import.meta.dirname, '..', '..');
const cache = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 2)
  .map((f) => join(root, 'seeds', f));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'src', 'cli', 'run.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_CLI_CACHE: cache, CROSSCHECK_CLI_STATS: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });

afterAll(() => rmSync(cache, { recursive: true, force: true }));

let made: string[] | undefined;
/**
 * Three made-up articles of 300 paragraphs (written once): a batch large enough for the helper to
 * take all its jobs, whose findings include names spelled two ways away from any link.
 */
function synthetic(): string[] {
  made ??= syntheticCorpus(
    readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(root, 'seeds', f), 'utf8')),
    { articles: 20, paragraphs: 300, seed: 2 },
  )
    .slice(0, 3)
    .map((t, k) => {
      const f = join(cache, `synthetic-${k}.txt`);
      writeFileSync(f, t);
      return f;
    });
  return made;
}

describe('the compiled command line (npm run align)', () => {
  it('builds the tool once and runs it: the same JSON as the TypeScript source gives', async () => {
    const first = run('align', '--threads', '1', ...seeds);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const built = join(cache, 'align.mjs');
    const at = statSync(built).mtimeMs;
    const out = JSON.parse(first.stdout) as { articles: { id: string }[]; links: unknown[] };
    expect(out.articles.map((a) => a.id)).toEqual(seeds.map((s) => s.slice(s.lastIndexOf('/') + 1)));
    const { alignmentJson } = await import('../../src/cli/align.ts');
    const { readArticles } = await import('../../src/cli/read-articles.ts');
    expect(out).toEqual(JSON.parse(JSON.stringify(alignmentJson(readArticles(seeds)))));

    const second = run('align', '--threads', '1', ...seeds);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(built).mtimeMs, 'rebuilt although no source changed').toBe(at);
  });

  it('compares in a helper thread with the same output as in one thread', () => {
    const one = run('align', '--threads', '1', ...synthetic());
    const two = run('align', '--threads', '2', ...synthetic());
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).toBe('');
    const [, jobs, helped] = /(\d+) paragraph comparisons, (\d+) of them in the helper thread/.exec(two.stderr) ?? [];
    expect(Number(jobs)).toBeGreaterThanOrEqual(256);
    expect(helped).toBe(jobs);
    const out = JSON.parse(two.stdout) as { discrepancies: { explanation: string }[] };
    // Findings on links, and names spelled two ways away from any link (appended last).
    expect(out.discrepancies.length).toBeGreaterThan(0);
    expect(out.discrepancies.filter((d) => /once, where this article writes/.test(d.explanation)).length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
    expect(run('align', '--threads', '3', ...synthetic()).stderr).toMatch(/--threads must be 1 or 2/);
  }, 60_000);

  it('exits only once a reader that is slow to start has had all of its output, one thread or two', () => {
    const all = readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(root, 'seeds', f));
    for (const args of [all, ['--threads', '2', ...synthetic()]]) {
      const whole = run('align', ...args).stdout;
      // More than a pipe holds (64 KiB on Linux): the last writes wait for the reader.
      expect(whole.length).toBeGreaterThan(64 * 1024);
      const quoted = [process.execPath, join(root, 'src', 'cli', 'run.mjs'), 'align', ...args].map((a) => `'${a}'`);
      const slow = spawnSync('sh', ['-c', `${quoted.join(' ')} | (sleep 2; cat)`], {
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CLI_CACHE: cache },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(slow.status).toBe(0);
      expect(slow.stdout).toBe(whole);
    }
  }, 60_000);

  it('reports errors as the tool does, and refuses an unknown tool', () => {
    const missing = run('align', join(cache, 'no-such-file.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
    const unknown = run('format-disk');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown tool/);
  });
});

describe('how many threads the align CLI uses unless told', () => {
  it('uses two for a million characters or more on a machine with two cores or more, else one', async () => {
    const { defaultThreads } = await import('../../src/cli/align.ts');
    expect(defaultThreads(25_000, 2)).toBe(1);
    expect(defaultThreads(999_999, 2)).toBe(1);
    expect(defaultThreads(1_000_000, 2)).toBe(2);
    expect(defaultThreads(5_000_000, 8)).toBe(2);
    expect(defaultThreads(5_000_000, 1)).toBe(1);
  });
});
