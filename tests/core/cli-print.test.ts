// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentJson, linkText, printJson } from '../../src/cli/align.ts';
import type { Link } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const dir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseArticle(f, readFileSync(new URL(f, dir), 'utf8')));

const asJson = (l: Link) =>
  JSON.stringify({ a: l.a, i: l.i, b: l.b, j: l.j, score: l.score, kind: l.kind, pairs: l.pairs });

describe('the CLI prints its JSON in parts', () => {
  it('prints the seeds byte for byte as JSON.stringify of the document', () => {
    const parts: string[] = [];
    printJson(seeds, undefined, (s) => parts.push(s));
    expect(parts.join('')).toBe(`${JSON.stringify(alignmentJson(seeds))}\n`);
  });

  it('writes a link as JSON.stringify would: quotes, escapes, fractions, exponents, no pairs', () => {
    const links: Link[] = [
      { a: 'a "quoted"\\ id\n', i: 0, b: 'ü—\u2028.txt', j: 12, score: 0.1 + 0.2, kind: 'partial', pairs: [] },
      { a: 'x', i: 3, b: 'y', j: 4, score: 1, kind: 'identical', pairs: [{ i: 0, j: 1, score: 1e-7 }, { i: 2, j: 2, score: -0 }] },
      { a: 'x', i: 3, b: 'y', j: 4, score: Number.NaN, kind: 'paraphrase', pairs: [{ i: 1, j: 1, score: Infinity }] },
    ];
    for (const l of links) expect(linkText(l)).toBe(asJson(l));
  });
});
