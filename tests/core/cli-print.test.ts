// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentJson, printJson } from '../../src/cli/align.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const dir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseArticle(f, readFileSync(new URL(f, dir), 'utf8')));

describe('the CLI prints its JSON in parts', () => {
  it('prints the seeds byte for byte as JSON.stringify of the document', async () => {
    const parts: string[] = [];
    await printJson(seeds, undefined, (s) => parts.push(s));
    expect(parts.join('')).toBe(`${JSON.stringify(alignmentJson(seeds))}\n`);
  });

  it('joins the parts of links with commas, none doubled or missing, whatever their size', async () => {
    const whole = `${JSON.stringify(alignmentJson(seeds))}\n`;
    const links = (JSON.parse(whole) as { links: unknown[] }).links.length;
    for (const perPart of [1, 7, links - 1, links, links + 1]) {
      const parts: string[] = [];
      await printJson(seeds, undefined, (s) => parts.push(s), perPart);
      expect(parts.join(''), `${perPart} links a part`).toBe(whole);
    }
  });
});
