import type { Link, LinkKind } from '../align/index.ts';
import type { Article } from '../text/index.ts';

const KINDS: readonly LinkKind[] = ['identical', 'edited', 'paraphrase', 'partial'];

/**
 * All links of an alignment in typed arrays, indexed by paragraph: cheap to pass from a worker
 * (the buffers are transferred, not copied) and to look up without building maps.
 */
export interface LinkTable {
  articleIds: string[];
  /** Per article: its first paragraph's number in the global paragraph numbering. */
  paraOffset: Int32Array;
  a: Uint32Array;
  i: Uint32Array;
  b: Uint32Array;
  j: Uint32Array;
  score: Float64Array;
  kind: Uint8Array;
  /** Sentence pairs of link k are pairStart[k] .. pairStart[k + 1]. */
  pairStart: Uint32Array;
  pairI: Uint32Array;
  pairJ: Uint32Array;
  pairScore: Float64Array;
  /** Links of global paragraph p are byPara[byParaStart[p] .. byParaStart[p + 1]]. */
  byParaStart: Uint32Array;
  byPara: Uint32Array;
}

/** Encodes links into a LinkTable. */
export function encodeLinks(articles: readonly Article[], links: readonly Link[]): LinkTable {
  const articleIds = articles.map((a) => a.id);
  const index = new Map(articleIds.map((id, k) => [id, k]));
  const paraOffset = new Int32Array(articles.length + 1);
  articles.forEach((a, k) => (paraOffset[k + 1] = paraOffset[k]! + a.paragraphs.length));
  const n = links.length;
  const t: LinkTable = {
    articleIds,
    paraOffset,
    a: new Uint32Array(n),
    i: new Uint32Array(n),
    b: new Uint32Array(n),
    j: new Uint32Array(n),
    score: new Float64Array(n),
    kind: new Uint8Array(n),
    pairStart: new Uint32Array(n + 1),
    pairI: new Uint32Array(links.reduce((s, l) => s + l.pairs.length, 0)),
    pairJ: new Uint32Array(0),
    pairScore: new Float64Array(0),
    byParaStart: new Uint32Array(paraOffset[articles.length]! + 1),
    byPara: new Uint32Array(2 * n),
  };
  t.pairJ = new Uint32Array(t.pairI.length);
  t.pairScore = new Float64Array(t.pairI.length);
  const counts = new Uint32Array(t.byParaStart.length);
  let p = 0;
  links.forEach((l, k) => {
    t.a[k] = index.get(l.a) ?? 0;
    t.b[k] = index.get(l.b) ?? 0;
    t.i[k] = l.i;
    t.j[k] = l.j;
    t.score[k] = l.score;
    t.kind[k] = Math.max(0, KINDS.indexOf(l.kind));
    for (const pair of l.pairs) {
      t.pairI[p] = pair.i;
      t.pairJ[p] = pair.j;
      t.pairScore[p] = pair.score;
      p += 1;
    }
    t.pairStart[k + 1] = p;
    counts[paraOffset[t.a[k]!]! + l.i]! += 1;
    counts[paraOffset[t.b[k]!]! + l.j]! += 1;
  });
  for (let q = 0; q + 1 < t.byParaStart.length; q++)
    t.byParaStart[q + 1] = t.byParaStart[q]! + counts[q]!;
  const fill = t.byParaStart.slice();
  for (let k = 0; k < n; k++) {
    t.byPara[fill[paraOffset[t.a[k]!]! + t.i[k]!]!++] = k;
    t.byPara[fill[paraOffset[t.b[k]!]! + t.j[k]!]!++] = k;
  }
  return t;
}

/** The buffers of a table, for transferring it to another thread. */
export function tableBuffers(t: LinkTable): ArrayBuffer[] {
  return [
    t.paraOffset,
    t.a,
    t.i,
    t.b,
    t.j,
    t.score,
    t.kind,
    t.pairStart,
    t.pairI,
    t.pairJ,
    t.pairScore,
    t.byParaStart,
    t.byPara,
  ].map((x) => x.buffer as ArrayBuffer);
}

/** Link k as a plain object. */
export function linkAt(t: LinkTable, k: number): Link {
  const pairs = [];
  for (let p = t.pairStart[k]!; p < t.pairStart[k + 1]!; p++) {
    pairs.push({ i: t.pairI[p]!, j: t.pairJ[p]!, score: t.pairScore[p]! });
  }
  return {
    a: t.articleIds[t.a[k]!]!,
    i: t.i[k]!,
    b: t.articleIds[t.b[k]!]!,
    j: t.j[k]!,
    score: t.score[k]!,
    kind: KINDS[t.kind[k]!]!,
    pairs,
  };
}

/** Links between paragraph i of article a and any paragraph of article b (all articles if b is omitted). */
export function linksOf(t: LinkTable, a: string, i: number, b?: string): Link[] {
  const x = t.articleIds.indexOf(a);
  const y = b === undefined ? -1 : t.articleIds.indexOf(b);
  if (x < 0 || (b !== undefined && y < 0)) return [];
  const p = t.paraOffset[x]! + i;
  const out: Link[] = [];
  for (let q = t.byParaStart[p]!; q < t.byParaStart[p + 1]!; q++) {
    const k = t.byPara[q]!;
    const mineIsA = t.a[k] === x && t.i[k] === i;
    const other = mineIsA ? t.b[k] : t.a[k];
    if (y < 0 || other === y) out.push(linkAt(t, k));
  }
  return out;
}

/** True when paragraph i of article a has a link of the given kind to some paragraph of article b. */
export function hasLinkKind(
  t: LinkTable,
  a: string,
  i: number,
  b: string,
  kind: LinkKind,
): boolean {
  const x = t.articleIds.indexOf(a);
  const y = t.articleIds.indexOf(b);
  const want = KINDS.indexOf(kind);
  if (x < 0 || y < 0) return false;
  const p = t.paraOffset[x]! + i;
  for (let q = t.byParaStart[p]!; q < t.byParaStart[p + 1]!; q++) {
    const k = t.byPara[q]!;
    const other = t.a[k] === x && t.i[k] === i ? t.b[k] : t.a[k];
    if (other === y && t.kind[k] === want) return true;
  }
  return false;
}

/** The other articles whose linked paragraphs carry sentence s of paragraph i of article a. */
export function sentenceCarriers(t: LinkTable, a: string, i: number, s: number): string[] {
  const x = t.articleIds.indexOf(a);
  if (x < 0) return [];
  const p = t.paraOffset[x]! + i;
  const found = new Set<string>();
  for (let q = t.byParaStart[p]!; q < t.byParaStart[p + 1]!; q++) {
    const k = t.byPara[q]!;
    const mineIsA = t.a[k] === x && t.i[k] === i;
    for (let r = t.pairStart[k]!; r < t.pairStart[k + 1]!; r++) {
      if ((mineIsA ? t.pairI[r] : t.pairJ[r]) === s) {
        found.add(t.articleIds[mineIsA ? t.b[k]! : t.a[k]!]!);
        break;
      }
    }
  }
  return [...found];
}
