// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignCommand } from '../../src/cli/bench.ts';

const root = join(import.meta.dirname, '..', '..');
const cache = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the command the bench times', () => {
  it('is the align script of package.json, its paths from the root', () => {
    expect(alignCommand('node --single-threaded-gc src/cli/run.mjs align')).toEqual([
      '--single-threaded-gc',
      join(root, 'src/cli/run.mjs'),
      'align',
    ]);
    const ours = alignCommand();
    expect(ours.slice(-1)).toEqual(['align']);
    expect(existsSync(ours[ours.length - 2] as string)).toBe(true);
  });

  it('refuses a script that is not Node running the align tool', () => {
    expect(() => alignCommand('tsx src/cli/align.ts')).toThrow(/not "node ... align"/);
    expect(() => alignCommand('node src/cli/run.mjs eval')).toThrow(/not "node ... align"/);
  });

  it("prints with the script's flags what it prints without them", () => {
    const seeds = readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(root, 'seeds', f));
    const run = (args: string[]) =>
      spawnSync(process.execPath, args, {
        encoding: 'utf8',
        env: { ...process.env, CROSSCHECK_CLI_CACHE: cache },
        maxBuffer: 64 * 1024 * 1024,
      });
    const flagged = run([...alignCommand(), '--threads', '2', ...seeds]);
    expect(flagged.stderr).toBe('');
    expect(flagged.status).toBe(0);
    const plain = run([join(root, 'src', 'cli', 'run.mjs'), 'align', '--threads', '2', ...seeds]);
    expect(plain.status).toBe(0);
    expect(flagged.stdout.length).toBeGreaterThan(1000);
    expect(flagged.stdout).toBe(plain.stdout);
  });
});
