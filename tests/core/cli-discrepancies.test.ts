// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentJson } from '../../src/cli/align.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const dir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseArticle(f, readFileSync(new URL(f, dir), 'utf8')));

interface Out {
  links: Array<{ a: string; i: number; b: string; j: number }>;
  discrepancies: Array<Record<string, unknown> & { a: string; i: number; b: string; j: number; aSpan: string; bSpan: string }>;
}

describe('align CLI discrepancies', () => {
  const out = alignmentJson(seeds) as Out;
  const text = (id: string, i: number) => seeds.find((a) => a.id === id)?.paragraphs[i]?.text;

  it('reports discrepancies on the seeds, each on a link it found', () => {
    expect(out.discrepancies.length).toBeGreaterThan(0);
    const linked = new Set(out.links.map((l) => `${l.a}|${l.i}|${l.b}|${l.j}`));
    for (const d of out.discrepancies) expect(linked.has(`${d.a}|${d.i}|${d.b}|${d.j}`)).toBe(true);
  });

  it('quotes each span exactly as it stands in its paragraph', () => {
    for (const d of out.discrepancies) {
      expect(d.aSpan.length).toBeGreaterThan(0);
      expect(d.bSpan.length).toBeGreaterThan(0);
      expect(text(d.a, d.i)).toContain(d.aSpan);
      expect(text(d.b, d.j)).toContain(d.bSpan);
    }
  });

  it('gives each discrepancy the documented fields and nothing else', () => {
    for (const d of out.discrepancies) {
      expect(Object.keys(d).sort()).toEqual(['a', 'aSpan', 'b', 'bSpan', 'explanation', 'i', 'j', 'severity', 'type']);
      expect(['high', 'medium', 'low']).toContain(d.severity);
    }
  });
});
