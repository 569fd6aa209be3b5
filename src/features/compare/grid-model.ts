import type { Link, Row } from '../../core/align/index.ts';
import type { Comparison, LinkDiscrepancy } from '../../core/compare/index.ts';
// From the module itself, not the index: the index pulls in the alignment, which only the worker loads.
import {
  findingRow,
  groupFindings,
  paragraphRows,
  type Finding,
} from '../../core/compare/findings.ts';
import { hasLinkKind, linksOf, type LinkTable } from '../../core/compare/link-table.ts';
import type { Article } from '../../core/text/index.ts';
import type { DiffSettings } from '../../store/index.ts';

/** A row of the grid, with what the filters need to know about it. */
export interface GridRow {
  /** Position in the alignment's rows (stable id for keys and jumps). */
  index: number;
  row: Row;
  /** Visible articles that have content in this row. */
  present: string[];
  /** Some visible paragraph in the row differs from its base counterpart or is missing. */
  changed: boolean;
  /** One visible article carries this content, and no other carries it in another row either. */
  unique: boolean;
  /** The pair-wise discrepancies of the row's visible paragraphs (with a paragraph here or in another row). */
  discrepancies: LinkDiscrepancy[];
  /** The same, each difference once with the articles that carry each version. */
  findings: Finding[];
}

/** Looks up links by paragraph. */
export class LinkIndex {
  constructor(private readonly table: LinkTable | null) {}

  /** Every link of paragraph i of article a. */
  of(a: string, i: number): Link[] {
    return this.table ? linksOf(this.table, a, i) : [];
  }

  /** Links from paragraph i of article a to any paragraph of article b. */
  between(a: string, i: number, b: string): Link[] {
    return this.table ? linksOf(this.table, a, i, b) : [];
  }
}

/**
 * A row without its boilerplate paragraphs where they stand beside content in their column (a
 * headline printed twice, "Advertisement" under a paragraph); a column with only boilerplate in
 * the row keeps it. The row itself when nothing is taken out.
 */
function withoutBoilerplate(row: Row, byId: ReadonlyMap<string, Article>): Row {
  let cells: Record<string, number[]> | undefined;
  for (const [id, list] of Object.entries(row.cells)) {
    const paragraphs = byId.get(id)?.paragraphs;
    const kept = list.filter((i) => paragraphs?.[i]?.boilerplate !== true);
    if (kept.length === list.length || kept.length === 0) continue;
    (cells ??= { ...row.cells })[id] = kept;
  }
  return cells ? { ...row, cells } : row;
}

/** Computes the rows to show under the current filters. */
export function gridRows(
  comparison: Comparison,
  visible: readonly string[],
  base: string,
  settings: DiffSettings & { onlyDiscrepancies: boolean },
): GridRow[] {
  const byId = new Map(comparison.articles.map((a) => [a.id, a]));
  const shown = new Set(visible);
  // Only pairs of shown articles can be flagged: with 20 articles and 6 shown that is a tenth of
  // the 50,000 or so, and this runs in one piece of a render.
  // Each discrepancy under both its paragraphs: one linked to a paragraph that stands in another row
  // (a paragraph can stand beside only one of those it is linked to) is still marked where it is.
  const byPara = new Map<string, LinkDiscrepancy[]>();
  const file = (key: string, d: LinkDiscrepancy) => {
    const list = byPara.get(key);
    if (list) list.push(d);
    else byPara.set(key, [d]);
  };
  for (const d of comparison.discrepancies) {
    if (!shown.has(d.a) || !shown.has(d.b)) continue;
    file(`${d.a}#${d.i}`, d);
    file(`${d.b}#${d.j}`, d);
  }
  const out: GridRow[] = [];
  comparison.rows.forEach((whole, index) => {
    const present = visible.filter((id) => (whole.cells[id]?.length ?? 0) > 0);
    if (present.length === 0) return;
    const paras = (id: string) => (whole.cells[id] ?? []).map((i) => byId.get(id)?.paragraphs[i]);
    const allBoilerplate = present.every((id) => paras(id).every((p) => p?.boilerplate));
    if (settings.hideBoilerplate && allBoilerplate) return;
    const row = settings.hideBoilerplate ? withoutBoilerplate(whole, byId) : whole;
    // A paragraph linked to one shown in another row is not unique, though it stands alone here.
    const unique = present.length === 1 && !visible.some((id) => (row.refs[id]?.length ?? 0) > 0);
    if (settings.onlyUnique && !unique) return;
    const changed =
      present.length < visible.length ||
      present.some(
        (id) =>
          id !== base &&
          (row.cells[id] ?? []).some(
            (i) => !hasLinkKind(comparison.table, id, i, base, 'identical'),
          ),
      );
    if (settings.onlyChanged && !changed) return;
    const discrepancies = [
      ...new Set(
        present.flatMap((id) =>
          (row.cells[id] ?? []).flatMap((i) => byPara.get(`${id}#${i}`) ?? []),
        ),
      ),
    ];
    if (settings.onlyDiscrepancies && discrepancies.length === 0) return;
    const findings = discrepancies.length ? groupFindings(discrepancies, visible) : [];
    out.push({ index, row, present, changed, unique, discrepancies, findings });
  });
  return out;
}

/**
 * Every finding among the visible articles, each once, whichever rows its paragraphs stand in, and
 * so whatever the base: each with the row to jump to (see findingRow).
 */
export function panelFindings(
  comparison: Comparison,
  visible: readonly string[],
): { row: number; finding: Finding }[] {
  const shown = new Set(visible);
  const list = comparison.discrepancies.filter((d) => shown.has(d.a) && shown.has(d.b));
  if (list.length === 0) return [];
  const rowOf = paragraphRows(comparison.rows, visible);
  return groupFindings(list, visible).map((finding) => ({
    row: findingRow(finding, rowOf),
    finding,
  }));
}

/** The text of an article's paragraphs in a row, joined as they read. */
export function cellText(article: Article | undefined, indexes: readonly number[]): string {
  if (!article) return '';
  return indexes
    .map((i) => article.paragraphs[i]?.text ?? '')
    .filter(Boolean)
    .join('\n\n');
}
