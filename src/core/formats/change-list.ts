/** The comparison's findings as a spreadsheet: one row per finding and article pair. */
import { toCsv } from './claims-csv.ts';
import type { ComparedArticle, ComparisonModel, FindingPlace } from './comparison-model.ts';
import { placeLabel } from './paragraphs.ts';

/** Column headings of the change list, in order. */
export const CHANGE_COLUMNS = [
  'Finding',
  'Type',
  'Severity',
  'Status',
  'Article 1',
  'Outlet 1',
  'URL 1',
  'Paragraph 1',
  'Wording 1',
  'Sentence 1',
  'Article 2',
  'Outlet 2',
  'URL 2',
  'Paragraph 2',
  'Wording 2',
  'Sentence 2',
  'Explanation',
] as const;

/**
 * The findings that pass the filter, numbered as in the report, one row per pair of articles
 * (the earlier column first) with the pair's own severity and wordings. Paragraphs are counted as
 * the reader counts them (see claimsCsv); the file is UTF-8 with a byte-order mark and
 * formula-like cells are defused, as the claims CSV is.
 */
export function changeListCsv(model: ComparisonModel): string {
  const byId = new Map(model.articles.map((a) => [a.id, a]));
  const side = (p: FindingPlace, wording: string) => {
    const a: ComparedArticle | undefined = byId.get(p.article);
    return [
      a?.title ?? p.article,
      a?.outlet ?? '',
      a?.url ?? '',
      placeLabel(p.place),
      wording,
      p.sentence,
    ];
  };
  const rows = model.findings.flatMap((f) =>
    f.pairs.map((pair) => [
      String(f.n),
      f.type,
      pair.severity,
      f.status,
      ...side(pair.a, pair.aWording),
      ...side(pair.b, pair.bWording),
      pair.explanation,
    ]),
  );
  return toCsv([...CHANGE_COLUMNS], rows);
}
