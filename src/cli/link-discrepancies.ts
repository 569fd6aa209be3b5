import type { Link } from '../core/align/index.ts';
import { findDiscrepancies, type Discrepancy } from '../core/facts/index.ts';
import type { Article } from '../core/text/index.ts';

/** A discrepancy found on one link: paragraph i of article a against paragraph j of article b. */
export interface LinkDiscrepancy extends Discrepancy {
  a: string;
  i: number;
  b: string;
  j: number;
}

/** Compares the facts of every pair of linked paragraphs, within the sentence pairs that justify each link. */
export function linkDiscrepancies(
  articles: readonly Article[],
  links: readonly Link[],
): LinkDiscrepancy[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: LinkDiscrepancy[] = [];
  const para = (id: string, i: number) => byId.get(id)?.paragraphs[i];
  // A paragraph's strongest link into each other article: a link that is the strongest on neither
  // side joins two paragraphs each better matched elsewhere, whose facts are about different things.
  const ids = new Map(articles.map((a, k) => [a.id, k]));
  const n = articles.length;
  const slot = (x: string, i: number, y: string) =>
    (i * n + (ids.get(x) ?? 0)) * n + (ids.get(y) ?? 0);
  const best = new Map<number, number>();
  const keep = (k: number, s: number) => {
    if (s > (best.get(k) ?? -1)) best.set(k, s);
  };
  // A paragraph with a word-for-word copy in the other article is that paragraph: its other links
  // there are secondary (a quotation repeated elsewhere in the article, say).
  const copied = new Set<number>();
  for (const l of links) {
    keep(slot(l.a, l.i, l.b), l.score);
    keep(slot(l.b, l.j, l.a), l.score);
    if (para(l.a, l.i)?.text === para(l.b, l.j)?.text) {
      copied.add(slot(l.a, l.i, l.b));
      copied.add(slot(l.b, l.j, l.a));
    }
  }
  const strongest = (l: Link) =>
    l.score >= (best.get(slot(l.a, l.i, l.b)) ?? 0) ||
    l.score >= (best.get(slot(l.b, l.j, l.a)) ?? 0);
  for (const l of links) {
    if (!strongest(l)) continue;
    const pa = para(l.a, l.i);
    const pb = para(l.b, l.j);
    if (pa?.text === pb?.text) continue;
    if (copied.has(slot(l.a, l.i, l.b)) || copied.has(slot(l.b, l.j, l.a))) continue;
    if (pa === undefined || pb === undefined || pa.boilerplate || pb.boilerplate) continue;
    for (const d of findDiscrepancies(pa, pb, l.pairs))
      out.push({ a: l.a, i: l.i, b: l.b, j: l.j, ...d });
  }
  return out;
}
