/** The comparison as a Markdown document: articles, coverage, findings side by side, then the claims. */
import { describeFilter, TRIAGE_LABELS, TRIAGE_STATUSES } from '../compare/finding-filter.ts';
import type { ComparisonModel, FindingPlace, ReportFinding } from './comparison-model.ts';
import { claimSections, inline } from './markdown-report.ts';
import { describePlace } from './paragraphs.ts';
import type { TeamOptions } from './team-export.ts';
import { isHttpUrl, isoTime } from './text-utils.ts';
import type { ReviewData } from './types.ts';

/** A share as a whole percentage: "83%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A paragraph in words: "B, paragraph 5" (or "the headline", "page furniture 1 (not counted)"). */
export function placeText(p: FindingPlace): string {
  return `${p.letter}, ${p.place ? describePlace(p.place) : 'a paragraph no longer found'}`;
}

/** What the filter left out, in a sentence, or '' when it left nothing out. */
export function leftOutText(model: ComparisonModel): string {
  const parts = TRIAGE_STATUSES.filter((s) => model.leftOut[s] > 0).map(
    (s) => `${model.leftOut[s]} ${TRIAGE_LABELS[s].toLowerCase()}`,
  );
  return parts.length === 0 ? '' : `Left out by the filter: ${parts.join(', ')}.`;
}

/**
 * The report: the articles, the heat map as a table, each finding's versions side by side, the
 * claims (as the Markdown report gives them, team verdicts included).
 */
export function comparisonMarkdown(
  review: ReviewData,
  model: ComparisonModel,
  options: TeamOptions = {},
): string {
  const out = [`# Comparison: ${inline(review.name) || 'Untitled review'}`, ''];
  const updated = isoTime(review.updatedAt);
  if (updated) out.push(`Last updated ${updated.slice(0, 10)}.`, '');
  out.push(`Findings shown: ${describeFilter(model.filter)}. ${leftOutText(model)}`.trim(), '');

  out.push(
    '## Articles',
    '',
    '| | Title | Outlet | Date | URL |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const a of model.articles) {
    const url = isHttpUrl(a.url)
      ? `<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`
      : inline(a.url);
    const hidden = a.shown ? '' : ' (hidden from the comparison)';
    out.push(
      `| ${a.letter} | ${inline(a.title)}${hidden} | ${inline(a.outlet)} | ${inline(a.date)} | ${url} |`,
    );
  }

  out.push('', '## Coverage', '', 'Share of each article (row) found in another (column).', '');
  out.push(`| | ${model.articles.map((a) => a.letter).join(' | ')} |`);
  out.push(`| --- |${' ---: |'.repeat(model.articles.length)}`);
  model.coverage.forEach((row, x) => {
    const cells = row.map((share, y) => (x === y ? '—' : percent(share)));
    out.push(`| **${model.articles[x]!.letter}** | ${cells.join(' | ')} |`);
  });

  out.push('', `## Findings (${model.findings.length})`, '');
  if (model.findings.length === 0) out.push('No finding passes the filter.', '');
  for (const f of model.findings) out.push(...findingBlock(f), '');

  out.push('## Claims', '', ...claimSections(review, 3, options));
  return `${out.join('\n').trimEnd()}\n`;
}

/** One finding: heading with type, severity and status, its explanation, its versions in columns. */
function findingBlock(f: ReportFinding): string[] {
  const lines = [
    `### ${f.n}. ${inline(f.type)} · ${f.severity} · ${TRIAGE_LABELS[f.status]}`,
    '',
    inline(f.explanation),
    '',
    `| | ${f.versions.map((_, k) => `Version ${k + 1}`).join(' | ')} |`,
    `| --- |${' --- |'.repeat(f.versions.length)}`,
  ];
  const row = (label: string, cells: string[]) => `| **${label}** | ${cells.join(' | ')} |`;
  lines.push(
    row(
      'Wording',
      f.versions.map((v) => `“${inline(v.text)}”`),
    ),
  );
  lines.push(
    row(
      'In',
      f.versions.map((v) => v.places.map(placeText).join('; ')),
    ),
  );
  lines.push(
    row(
      'Sentence',
      f.versions.map((v) => inline(v.places[0]?.sentence ?? '')),
    ),
  );
  return lines;
}
