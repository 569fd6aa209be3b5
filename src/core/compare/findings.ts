import type { Discrepancy, DiscrepancyType } from '../facts/index.ts';
import type { Row } from '../align/index.ts';
import type { LinkDiscrepancy } from './compute.ts';

/** A paragraph of an article. */
export interface Place {
  article: string;
  paragraph: number;
}

/** One wording of the disputed fact and the paragraphs that carry it. */
export interface FindingVersion {
  /** The wording as the first of its paragraphs has it. */
  text: string;
  places: Place[];
}

/** One difference between the articles, however many article pairs show it. */
export interface Finding {
  type: DiscrepancyType;
  /** The highest severity among its pairs. */
  severity: Discrepancy['severity'];
  /** The explanation of its first most severe pair. */
  explanation: string;
  /** Each wording once, with every paragraph that has it. */
  versions: FindingVersion[];
  /** The pair-wise discrepancies it stands for. */
  pairs: LinkDiscrepancy[];
}

/** Sort key of a severity: high first. */
export const SEVERITY_RANK: Record<Discrepancy['severity'], number> = {
  high: 0,
  medium: 1,
  low: 2,
};

/** A span's wording for comparison: case, spacing, typographic quotes and edge punctuation ignored. */
export function normaliseWording(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?()]+|[\s"'.,;:!?()]+$/g, '');
}

/**
 * Gathers pair-wise discrepancies into findings. Two discrepancies are one finding when they have
 * the same type and one side in common: the same paragraph of the same article with the same
 * normalised wording (A's "2016" against B's "2017" and against C's "2017"). Within a finding,
 * paragraphs with the same wording share a version. Findings come most severe first, then in the
 * order of their first pair; `order` (article ids) sorts each finding's places and versions
 * (by default, the order in which the articles first appear).
 */
export function groupFindings(
  discrepancies: readonly LinkDiscrepancy[],
  order: readonly string[] = [],
): Finding[] {
  // The same spans come back in pair after pair: normalise each once.
  const normalised = new Map<string, string>();
  const norm = (span: string) => {
    let n = normalised.get(span);
    if (n === undefined) normalised.set(span, (n = normaliseWording(span)));
    return n;
  };
  const ids = new Map<string, number>();
  const parent: number[] = [];
  const node = (d: LinkDiscrepancy, article: string, paragraph: number, span: string) => {
    const key = `${d.type}\u0000${article}\u0000${paragraph}\u0000${norm(span)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = parent.length;
      ids.set(key, id);
      parent.push(id);
    }
    return id;
  };
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const sides = discrepancies.map((d) => {
    const a = node(d, d.a, d.i, d.aSpan);
    const b = node(d, d.b, d.j, d.bSpan);
    const [ra, rb] = [root(a), root(b)];
    // The older node stays the root, so a group is keyed by its first pair's node.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return a;
  });
  const groups = new Map<number, LinkDiscrepancy[]>();
  discrepancies.forEach((d, k) => {
    const r = root(sides[k]!);
    const list = groups.get(r);
    if (list) list.push(d);
    else groups.set(r, [d]);
  });
  // Articles missing from `order` follow it, in the order they first appear.
  const rank = new Map(order.map((id, k) => [id, k]));
  for (const d of discrepancies) {
    if (!rank.has(d.a)) rank.set(d.a, rank.size);
    if (!rank.has(d.b)) rank.set(d.b, rank.size);
  }
  const findings = [...groups.values()].map((pairs) => finding(pairs, rank, norm));
  // Array sort is stable: equal severities keep the order of their first pair.
  return findings.sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
}

/** One finding from the pairs of a group. */
function finding(
  pairs: LinkDiscrepancy[],
  rank: ReadonlyMap<string, number>,
  norm: (span: string) => string,
): Finding {
  let top = pairs[0]!;
  for (const d of pairs) if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[top.severity]) top = d;
  const versions = new Map<string, FindingVersion>();
  const seen = new Set<string>();
  const add = (text: string, article: string, paragraph: number) => {
    const wording = norm(text);
    const placeKey = `${wording}\u0000${article}\u0000${paragraph}`;
    if (seen.has(placeKey)) return;
    seen.add(placeKey);
    const version = versions.get(wording);
    if (version) version.places.push({ article, paragraph });
    else versions.set(wording, { text, places: [{ article, paragraph }] });
  };
  for (const d of pairs) {
    add(d.aSpan, d.a, d.i);
    add(d.bSpan, d.b, d.j);
  }
  const position = (p: Place) => rank.get(p.article) ?? 0;
  const byPlace = (x: Place, y: Place) => position(x) - position(y) || x.paragraph - y.paragraph;
  const list = [...versions.values()];
  for (const v of list) v.places.sort(byPlace);
  list.sort((x, y) => byPlace(x.places[0]!, y.places[0]!));
  return {
    type: top.type,
    severity: top.severity,
    explanation: top.explanation,
    versions: list,
    pairs,
  };
}

/** Each shown article's paragraphs by row: `${article}#${paragraph}` to the row that shows it. */
export function paragraphRows(rows: readonly Row[], shown: readonly string[]): Map<string, number> {
  const rowOf = new Map<string, number>();
  rows.forEach((r, k) => {
    for (const id of shown) for (const p of r.cells[id] ?? []) rowOf.set(`${id}#${p}`, k);
  });
  return rowOf;
}

/**
 * The row a finding is shown at, whichever rows its paragraphs stand in (a paragraph linked to two
 * others stands beside only one of them): the row that shows the most of its wordings; of those, the
 * row of the wording its explanation quotes first (a misspelt name, not the correct spelling
 * elsewhere); then the first. 0 when no row shows any.
 */
export function findingRow(finding: Finding, rowOf: ReadonlyMap<string, number>): number {
  // The wording the explanation quotes first.
  let named: FindingVersion | undefined;
  let at = Infinity;
  for (const v of finding.versions) {
    const k = finding.explanation.indexOf(`“${v.text}”`);
    if (k >= 0 && k < at) [named, at] = [v, k];
  }
  const wordings = new Map<number, number>();
  const namedRows = new Set<number>();
  for (const v of finding.versions) {
    const rows = new Set<number>();
    for (const p of v.places) {
      const row = rowOf.get(`${p.article}#${p.paragraph}`);
      if (row !== undefined) rows.add(row);
    }
    for (const row of rows) wordings.set(row, (wordings.get(row) ?? 0) + 1);
    if (v === named) for (const row of rows) namedRows.add(row);
  }
  let best: number | undefined;
  for (const [row, n] of wordings) {
    if (best === undefined) {
      best = row;
      continue;
    }
    const m = wordings.get(best) as number;
    const [named1, named0] = [namedRows.has(row), namedRows.has(best)];
    if (n > m || (n === m && (named1 !== named0 ? named1 : row < best))) best = row;
  }
  return best ?? 0;
}
