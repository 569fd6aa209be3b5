import type { ArticleRecord, ViewSettings } from '../../store/index.ts';

/** The review's articles in column order (saved order first, then load order). */
export function orderedRecords(
  records: readonly ArticleRecord[],
  view: ViewSettings,
): ArticleRecord[] {
  const rank = new Map(view.order.map((id, k) => [id, k]));
  return [...records].sort(
    (x, y) =>
      (rank.get(x.id) ?? 1e9 + records.indexOf(x)) - (rank.get(y.id) ?? 1e9 + records.indexOf(y)),
  );
}

/** The column order after moving one column one step left or right. */
export function moveColumn(order: readonly ArticleRecord[], id: string, delta: -1 | 1): string[] {
  const ids = order.map((r) => r.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return ids;
}
