import type { Link } from '../align/index.ts';
import { headlines } from '../align/pair-gather.ts';
import { findDiscrepancies, type CompareCache, type Discrepancy } from '../facts/index.ts';
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

/** Compares the facts of every pair of linked paragraphs, within the sentence pairs that justify each link. */
export function linkDiscrepancies(
  articles: readonly Article[],
  links: readonly Link[],
): LinkDiscrepancy[] {
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
  // A headline's link is no rival to the body's: it says in a few words what a paragraph tells, so
  // the paragraph's facts are still compared with the paragraph that tells them in the other article.
  const headline = headlines(articles);
  const best = new Map<number, number>();
  const copied = new Set<number>();
  links.forEach((l, k) => {
    const [ka, kb, ea, eb] = ends[k] as readonly [number, number, number, number];
    const heads = (headline[ka] === l.i ? 1 : 0) + (headline[kb] === l.j ? 1 : 0);
    if ((heads !== 1 || headline[ka] === l.i) && l.score > (best.get(ea) ?? -1)) best.set(ea, l.score);
    if ((heads !== 1 || headline[kb] === l.j) && l.score > (best.get(eb) ?? -1)) best.set(eb, l.score);
    if (para(ka, l.i)?.text === para(kb, l.j)?.text) copied.add(ea).add(eb);
  });
  const out: LinkDiscrepancy[] = [];
  // The same two texts (split into the same sentences) with the same sentence pairs carry the same
  // discrepancies: a wire story copied into many articles is prepared and compared once per
  // distinct version, for this call only.
  const first = new Map<string, Paragraph>();
  const known = new Map<Paragraph, Paragraph>();
  const canonical = (p: Paragraph) => {
    let c = known.get(p);
    if (c === undefined) {
      const key = `${p.text}\u0000${p.sentences.map((x) => x.end - p.start).join(',')}`;
      c = first.get(key) ?? p;
      first.set(key, c);
      known.set(p, c);
    }
    return c;
  };
  const memo = new Map<Paragraph, Map<Paragraph, Map<string, Discrepancy[]>>>();
  // A pair met in both orders is compared once.
  const cache: CompareCache = new Map();
  const compare = (a: Paragraph, b: Paragraph, pairs: Link['pairs']) => {
    const [pa, pb] = [canonical(a), canonical(b)];
    let byB = memo.get(pa);
    if (!byB) memo.set(pa, (byB = new Map()));
    let byPairs = byB.get(pb);
    if (!byPairs) byB.set(pb, (byPairs = new Map()));
    const key = pairs.map((p) => `${p.i},${p.j}`).join(';');
    let ds = byPairs.get(key);
    if (!ds) byPairs.set(key, (ds = findDiscrepancies(pa, pb, pairs, cache)));
    return ds;
  };
  links.forEach((l, k) => {
    const [ka, kb, ea, eb] = ends[k] as readonly [number, number, number, number];
    if (l.score < NEAR_BEST * (best.get(ea) ?? 0) && l.score < NEAR_BEST * (best.get(eb) ?? 0))
      return;
    if (copied.has(ea) || copied.has(eb)) return;
    const pa = para(ka, l.i);
    const pb = para(kb, l.j);
    if (pa === undefined || pb === undefined || pa.boilerplate || pb.boilerplate) return;
    for (const d of compare(pa, pb, l.pairs)) out.push({ a: l.a, i: l.i, b: l.b, j: l.j, ...d });
  });
  return out.concat(articleDiscrepancies(articles, out));
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
