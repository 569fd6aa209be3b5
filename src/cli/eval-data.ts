import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePair, linkKey, type EvalGroup, type ReferenceFinding } from '../core/eval/index.ts';
import { parseArticle, type Article } from '../core/text/index.ts';

/**
 * Readers of the three reference sets in a data folder (see ../shared/eval): the seed pairs
 * (seed-alignment-dev.json, with the articles from the project's seeds/), the cross-outlet events
 * (basil-dev/: two annotators, scored by consensus) and the fables (aesop-dev.json).
 */

interface RawLink {
  a: string;
  i: number;
  b: string;
  j: number;
  note?: string;
  weak?: boolean;
}
interface RawFinding {
  a: string;
  i: number;
  b: string;
  j: number;
  type?: string;
  a_span: string;
  b_span: string;
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const finding = (d: RawFinding): ReferenceFinding => ({ a: d.a, i: d.i, b: d.b, j: d.j, type: d.type ?? 'other', aSpan: d.a_span, bSpan: d.b_span });

/** The seed pairs: one group per reference pair, each pair aligned alone. */
export function seedGroups(dataDir: string, seedsDir: string): EvalGroup[] {
  const path = join(dataDir, 'seed-alignment-dev.json');
  if (!existsSync(path)) return [];
  const ref = json(path) as { links: RawLink[]; discrepancies?: RawFinding[] };
  const pairs = [...new Set(ref.links.map((l) => articlePair(l.a, l.b)))].sort();
  return pairs.map((pair) => {
    const [a, b] = pair.split('|') as [string, string];
    const articles = [a, b].map((id) => parseArticle(id, readFileSync(join(seedsDir, id), 'utf8')));
    const mine = ref.links.filter((l) => articlePair(l.a, l.b) === pair);
    const weak = (l: RawLink) => (l.note ?? '').trimStart().toLowerCase().startsWith('weak');
    const owed = new Set(mine.filter((l) => !weak(l)).map((l) => linkKey(l.a, l.i, l.b, l.j)));
    const allowed = new Set(mine.map((l) => linkKey(l.a, l.i, l.b, l.j)));
    const findings = (ref.discrepancies ?? []).filter((d) => articlePair(d.a, d.b) === pair).map(finding);
    return { set: 'seeds' as const, id: pair, articles, pairs: [pair], owed, allowed, findings };
  });
}

/** The cross-outlet events: one group per event (its three articles aligned together). */
export function crossOutletGroups(dataDir: string): EvalGroup[] {
  const dir = join(dataDir, 'basil-dev');
  if (!existsSync(dir)) return [];
  const golds = [1, 2].map((k) => json(join(dir, `gold-annotator-${k}.json`)) as { links: RawLink[]; discrepancies: RawFinding[] });
  const strong = golds.map((g) => new Set(g.links.filter((l) => !l.weak).map((l) => linkKey(l.a, l.i, l.b, l.j))));
  const present = golds.map((g) => new Set(g.links.map((l) => linkKey(l.a, l.i, l.b, l.j))));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const events = [...new Set(files.map((f) => f.slice(0, f.indexOf('_'))))];
  return events.map((event) => {
    const mine = files.filter((f) => f.startsWith(`${event}_`));
    const articles = mine.map((f) => parseArticle(f, readFileSync(join(dir, f), 'utf8')));
    const pairs: string[] = [];
    for (let x = 0; x < mine.length; x++) for (let y = x + 1; y < mine.length; y++) pairs.push(articlePair(mine[x] as string, mine[y] as string));
    const inEvent = (key: string) => key.startsWith(`${event}_`);
    const [s1, s2] = strong as [Set<string>, Set<string>];
    const [p1, p2] = present as [Set<string>, Set<string>];
    const owed = new Set([...s1].filter((k) => p2.has(k)).concat([...s2].filter((k) => p1.has(k))).filter(inEvent));
    const allowed = new Set([...p1, ...p2].filter(inEvent));
    const findings = golds.flatMap((g) => g.discrepancies).filter((d) => d.a.startsWith(`${event}_`)).map(finding);
    return { set: 'cross-outlet' as const, id: event, articles, pairs, owed, allowed, findings };
  });
}

/** The fables: one group per pair of tellings, one sentence per paragraph. */
export function fableGroups(dataDir: string): EvalGroup[] {
  const path = join(dataDir, 'aesop-dev.json');
  if (!existsSync(path)) return [];
  const data = json(path) as { pairs: { id: string; sentences_1: string[]; sentences_2: string[]; manual_alignments: [number, number][] }[] };
  return data.pairs.map((p) => {
    const ids = [`${p.id}-1`, `${p.id}-2`] as const;
    // Each sentence becomes a paragraph; an empty one keeps its place with a dash so indexes hold.
    const text = (ss: string[]) => ss.map((s) => s.replace(/\s+/g, ' ').trim() || '-').join('\n\n');
    const articles: Article[] = [parseArticle(ids[0], text(p.sentences_1)), parseArticle(ids[1], text(p.sentences_2))];
    const owed = new Set(p.manual_alignments.filter(([, j]) => j >= 0).map(([i, j]) => linkKey(ids[0], i, ids[1], j)));
    return { set: 'fables' as const, id: p.id, articles, pairs: [articlePair(ids[0], ids[1])], owed, allowed: new Set(owed), findings: [] };
  });
}
