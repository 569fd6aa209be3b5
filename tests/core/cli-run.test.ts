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
    // Eight made-up articles of 40 paragraphs: a batch large enough for the helper to take all jobs.
    const texts = syntheticCorpus(
      readdirSync(join(root, 'seeds'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(root, 'seeds', f), 'utf8')),
      { articles: 8, paragraphs: 40, seed: 5 },
    );
    const files = texts.map((t, k) => {
      const f = join(cache, `synthetic-${k}.txt`);
      writeFileSync(f, t);
      return f;
    });
    const one = run('align', '--threads', '1', ...files);
    const two = run('align', '--threads', '2', ...files);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).toBe('');
    const [, jobs, helped] = /(\d+) paragraph comparisons, (\d+) of them in the helper thread/.exec(two.stderr) ?? [];
    expect(Number(jobs)).toBeGreaterThanOrEqual(256);
    expect(helped).toBe(jobs);
    const out = JSON.parse(two.stdout) as { discrepancies: unknown[] };
    expect(out.discrepancies.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
    expect(run('align', '--threads', '3', ...files).stderr).toMatch(/--threads must be 1 or 2/);
  });

  it('exits only once a reader that is slow to start has had all of its output', () => {
    const all = readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(root, 'seeds', f));
    const whole = run('align', ...all).stdout;
    // More than a pipe holds (64 KiB on Linux): the last writes wait for the reader.
    expect(whole.length).toBeGreaterThan(64 * 1024);
    const quoted = [process.execPath, join(root, 'src', 'cli', 'run.mjs'), 'align', ...all].map((a) => `'${a}'`);
    const slow = spawnSync('sh', ['-c', `${quoted.join(' ')} | (sleep 2; cat)`], {
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_CLI_CACHE: cache },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(slow.status).toBe(0);
    expect(slow.stdout).toBe(whole);
  });

  it('reports errors as the tool does, and refuses an unknown tool', () => {
    const missing = run('align', join(cache, 'no-such-file.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
    const unknown = run('format-disk');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown tool/);
  });
});
