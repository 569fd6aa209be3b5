import type { Link } from '../align/index.ts';
import { findDiscrepancies, type Discrepancy } from '../facts/index.ts';
import { nameKey } from '../facts/names.ts';
import { nameVariants } from '../facts/name-variants.ts';
import type { Article, Paragraph } from '../text/index.ts';

/** A discrepancy found on one link: paragraph i of article a against paragraph j of article b. */
export interface LinkDiscrepancy extends Discrepancy {
  a: string;
  i: number;
  b: string;
  j: number;
}

/** A link this close to a paragraph's strongest into the other article counts as strongest too. */
const NEAR_BEST = 0.9;

/**
 * The links whose paragraphs are compared, as indexes into links: not boilerplate, not a paragraph
 * with a word-for-word copy across, and the strongest link of at least one of its two paragraphs.
 */
function comparedLinks(articles: readonly Article[], links: readonly Link[]): number[] {
  const ids = new Map(articles.map((a, k) => [a.id, k]));
  const n = articles.length;
  // Per link: its articles' indexes, and a number for each (paragraph, other article) end.
  const ends = links.map((l) => {
    const [ka, kb] = [ids.get(l.a) ?? -1, ids.get(l.b) ?? -1];
    return [ka, kb, (l.i * n + ka) * n + kb, (l.j * n + kb) * n + ka] as const;
  });
  const para = (k: number, i: number) => articles[k]?.paragraphs[i];
  // A paragraph's strongest link into each other article: a link that is the strongest on neither
  // side joins two paragraphs each better matched elsewhere, whose facts are about different things.
  // A paragraph with a word-for-word copy in the other article is that paragraph: its other links
  // there are secondary (a quotation repeated elsewhere in the article, say).
  const best = new Map<number, number>();
  const copied = new Set<number>();
  links.forEach((l, k) => {
    const [ka, kb, ea, eb] = ends[k] as readonly [number, number, number, number];
    if (l.score > (best.get(ea) ?? -1)) best.set(ea, l.score);
    if (l.score > (best.get(eb) ?? -1)) best.set(eb, l.score);
    if (para(ka, l.i)?.text === para(kb, l.j)?.text) copied.add(ea).add(eb);
  });
  const compared: number[] = [];
  links.forEach((l, k) => {
    const [ka, kb, ea, eb] = ends[k] as readonly [number, number, number, number];
    if (l.score < NEAR_BEST * (best.get(ea) ?? 0) && l.score < NEAR_BEST * (best.get(eb) ?? 0))
      return;
    if (copied.has(ea) || copied.has(eb)) return;
    const pa = para(ka, l.i);
    const pb = para(kb, l.j);
    if (pa === undefined || pb === undefined || pa.boilerplate || pb.boilerplate) return;
    compared.push(k);
  });
  return compared;
}

/** One comparison to run: two paragraphs (article index, paragraph index) and the sentence pairs that link them. */
interface DiscrepancyTask {
  ka: number;
  i: number;
  kb: number;
  j: number;
  pairs: Link['pairs'];
}

/**
 * The comparisons that the links need, each once: the same two texts (split into the same sentences)
 * with the same sentence pairs carry the same discrepancies, so a wire story copied into many
 * articles is compared once per distinct version. taskOf[n] is the task of the n-th link compared.
 */
function discrepancyTasks(
  articles: readonly Article[],
  links: readonly Link[],
  compared: readonly number[],
): { tasks: DiscrepancyTask[]; taskOf: Int32Array } {
  const ids = new Map(articles.map((a, k) => [a.id, k]));
  // Each distinct version is read from its first paragraph, so that what is prepared for it once
  // (facts, sentences) serves every copy.
  const versions = new Map<string, number>();
  const firstOf: [number, number][] = [];
  const version = new Map<Paragraph, number>();
  const versionOf = (k: number, i: number) => {
    const p = articles[k]?.paragraphs[i] as Paragraph;
    let v = version.get(p);
    if (v === undefined) {
      const key = `${p.text}\u0000${p.sentences.map((x) => x.end - p.start).join(',')}`;
      v = versions.get(key);
      if (v === undefined) {
        versions.set(key, (v = versions.size));
        firstOf.push([k, i]);
      }
      version.set(p, v);
    }
    return v;
  };
  const tasks: DiscrepancyTask[] = [];
  const byKey = new Map<string, number>();
  const taskOf = new Int32Array(compared.length);
  compared.forEach((k, n) => {
    const l = links[k] as Link;
    const [ka, kb] = [ids.get(l.a) as number, ids.get(l.b) as number];
    const [va, vb] = [versionOf(ka, l.i), versionOf(kb, l.j)];
    const key = `${va} ${vb} ${l.pairs.map((p) => `${p.i},${p.j}`).join(';')}`;
    let t = byKey.get(key);
    if (t === undefined) {
      byKey.set(key, (t = tasks.length));
      const [[ca, ci], [cb, cj]] = [
        firstOf[va] as [number, number],
        firstOf[vb] as [number, number],
      ];
      tasks.push({ ka: ca, i: ci, kb: cb, j: cj, pairs: l.pairs });
    }
    taskOf[n] = t;
  });
  return { tasks, taskOf };
}

/** Runs one comparison. */
function runDiscrepancyTask(
  articles: readonly Article[],
  t: DiscrepancyTask,
): Discrepancy[] {
  const pa = articles[t.ka]?.paragraphs[t.i] as Paragraph;
  const pb = articles[t.kb]?.paragraphs[t.j] as Paragraph;
  return findDiscrepancies(pa, pb, t.pairs);
}

/** The discrepancies of the compared links, in link order, from the results of their tasks. */
function assembleDiscrepancies(
  links: readonly Link[],
  compared: readonly number[],
  taskOf: Int32Array,
  results: readonly (readonly Discrepancy[])[],
): LinkDiscrepancy[] {
  const out: LinkDiscrepancy[] = [];
  compared.forEach((k, n) => {
    const l = links[k] as Link;
    for (const d of results[taskOf[n] as number] ?? [])
      out.push({ a: l.a, i: l.i, b: l.b, j: l.j, ...d });
  });
  return out;
}

/** Compares the facts of every pair of linked paragraphs, within the sentence pairs that justify each link. */
export function linkDiscrepancies(
  articles: readonly Article[],
  links: readonly Link[],
): LinkDiscrepancy[] {
  const compared = comparedLinks(articles, links);
  const { tasks, taskOf } = discrepancyTasks(articles, links, compared);
  const found = assembleDiscrepancies(
    links,
    compared,
    taskOf,
    tasks.map((t) => runDiscrepancyTask(articles, t)),
  );
  return found.concat(articleDiscrepancies(articles, found));
}

const SEP = '\u0000';

/**
 * Names that two articles spell differently wherever they stand (see nameVariants), for every pair of
 * articles, less those the linked paragraphs already report.
 */
export function articleDiscrepancies(
  articles: readonly Article[],
  found: readonly LinkDiscrepancy[],
): LinkDiscrepancy[] {
  const words = (t: string) =>
    t
      .split(/[^\p{L}\p{M}'’-]+/u)
      .filter(Boolean)
      .map(nameKey);
  const reported = new Set<string>();
  for (const d of found) {
    if (d.type !== 'name') continue;
    for (const x of words(d.aSpan))
      for (const y of words(d.bSpan))
        reported.add([d.a, d.b, x, y].join(SEP)).add([d.b, d.a, y, x].join(SEP));
  }
  const out: LinkDiscrepancy[] = [];
  for (let x = 0; x < articles.length; x++) {
    for (let y = x + 1; y < articles.length; y++) {
      const [a, b] = [articles[x] as Article, articles[y] as Article];
      for (const v of nameVariants(a.paragraphs, b.paragraphs)) {
        if (reported.has([a.id, b.id, nameKey(v.aSpan), nameKey(v.bSpan)].join(SEP))) continue;
        const { i, j, ...d } = v;
        out.push({ a: a.id, i, b: b.id, j, ...d });
      }
    }
  }
  return out;
}
