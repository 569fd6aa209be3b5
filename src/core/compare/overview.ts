import { linkStrength, type Alignment, type Link } from '../align/index.ts';
import type { Article } from '../text/index.ts';

/** Per pair of articles: the share of a's content (characters of non-boilerplate paragraphs) found in b. */
export function coverageMatrix(articles: readonly Article[], links: readonly Link[]): number[][] {
  const index = new Map(articles.map((a, k) => [a.id, k]));
  const covered = articles.map(() => articles.map(() => new Set<number>()));
  for (const l of links) {
    const x = index.get(l.a);
    const y = index.get(l.b);
    if (x === undefined || y === undefined) continue;
    covered[x]![y]!.add(l.i);
    covered[y]![x]!.add(l.j);
  }
  return articles.map((a, x) => {
    const content = a.paragraphs.filter((p) => !p.boilerplate);
    const total = content.reduce((n, p) => n + p.text.length, 0);
    return articles.map((_, y) => {
      if (x === y) return 1;
      if (total === 0) return 0;
      const found = content.filter((p) => covered[x]![y]!.has(p.index));
      return found.reduce((n, p) => n + p.text.length, 0) / total;
    });
  });
}

/** Per row: how much its articles differ, 0 (all identical) to 1 (present in one article only). */
export function rowVariation(alignment: Alignment, articleIds: readonly string[]): number[] {
  const linkScore = new Map<string, number>();
  for (const l of alignment.links) {
    // How closely the paragraphs match (see linkStrength), not how sure the link is.
    const strength = linkStrength(l);
    linkScore.set(`${l.a}\u0000${l.i}\u0000${l.b}\u0000${l.j}`, strength);
    linkScore.set(`${l.b}\u0000${l.j}\u0000${l.a}\u0000${l.i}`, strength);
  }
  return alignment.rows.map((row) => {
    const present = articleIds.filter((id) => (row.cells[id]?.length ?? 0) > 0);
    if (present.length <= 1) return 1;
    const missing = 1 - present.length / articleIds.length;
    // Mean over present pairs of (1 - best link score between their paragraphs).
    let sum = 0;
    let pairs = 0;
    for (let x = 0; x < present.length; x++) {
      for (let y = x + 1; y < present.length; y++) {
        const a = present[x]!;
        const b = present[y]!;
        let best = 0;
        for (const i of row.cells[a]!) {
          for (const j of row.cells[b]!) {
            best = Math.max(best, linkScore.get(`${a}\u0000${i}\u0000${b}\u0000${j}`) ?? 0);
          }
        }
        sum += 1 - best;
        pairs += 1;
      }
    }
    return Math.min(1, 0.5 * missing + 0.5 * (sum / pairs));
  });
}
