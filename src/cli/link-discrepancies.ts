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
  // A paragraph's strongest link into each other article: a link that is the strongest on neither
  // side joins two paragraphs each better matched elsewhere, whose facts are about different things.
  const best = new Map<string, number>();
  const keep = (k: string, s: number) => best.set(k, Math.max(best.get(k) ?? 0, s));
  for (const l of links) {
    keep(`${l.a}\u0000${l.i}\u0000${l.b}`, l.score);
    keep(`${l.b}\u0000${l.j}\u0000${l.a}`, l.score);
  }
  const strongest = (l: Link) =>
    l.score >= (best.get(`${l.a}\u0000${l.i}\u0000${l.b}`) ?? 0) ||
    l.score >= (best.get(`${l.b}\u0000${l.j}\u0000${l.a}`) ?? 0);
  for (const l of links) {
    if (!strongest(l)) continue;
    const pa = byId.get(l.a)?.paragraphs[l.i];
    const pb = byId.get(l.b)?.paragraphs[l.j];
    if (pa === undefined || pb === undefined || pa.boilerplate || pb.boilerplate) continue;
    for (const d of findDiscrepancies(pa, pb, l.pairs))
      out.push({ a: l.a, i: l.i, b: l.b, j: l.j, ...d });
  }
  return out;
}
