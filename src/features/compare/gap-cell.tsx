import { useState, type ReactNode } from 'react';
import type { LinkDiscrepancy } from '../../core/compare/index.ts';
import type { Article } from '../../core/text/index.ts';
import type { Flag } from './diff-text.tsx';
import { flagsFor } from './flags.ts';

interface Props {
  article: Article;
  label: string;
  /** Paragraphs of the article that carry this row's content but stand in another row. */
  refs: readonly number[];
  /** The row's discrepancies (with a side here or in another row). */
  discrepancies: readonly LinkDiscrepancy[];
  /** Whether its disclosure is in the tab order (the grid's active row). */
  tabbable: boolean;
}

/**
 * The spans of paragraph `i` of `article` that the row's discrepancies flag, in order; spans that
 * overlap are one, with each finding's explanation.
 */
function flaggedSpans(article: string, i: number, list: readonly LinkDiscrepancy[]): Flag[] {
  const spans = [...flagsFor(article, i, list)].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Flag[] = [];
  const rank = { high: 2, medium: 1, low: 0 } as const;
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last === undefined || s.start >= last.end) out.push({ ...s });
    else {
      last.end = Math.max(last.end, s.end);
      if (rank[s.severity] > rank[last.severity]) last.severity = s.severity;
      if (!last.explanation.includes(s.explanation)) last.explanation += `\n${s.explanation}`;
    }
  }
  return out;
}

/** A paragraph's text (as text, never HTML) with its flagged spans marked as in the grid. */
function FlaggedText({
  article,
  i,
  discrepancies,
}: {
  article: Article;
  i: number;
  discrepancies: readonly LinkDiscrepancy[];
}) {
  const text = article.paragraphs[i]?.text ?? '';
  const parts: ReactNode[] = [];
  let at = 0;
  // A discrepancy's offsets are into its paragraph's text.
  for (const s of flaggedSpans(article.id, i, discrepancies)) {
    if (s.end > text.length) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <span key={s.start} className={`flag flag-${s.severity}`} title={s.explanation}>
        {text.slice(s.start, s.end)}
      </span>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * A cell of an article with nothing of its own in the row. When paragraphs that carry the row's
 * content stand in other rows, a disclosure shows their text here, read-only, beside the row's
 * other articles. It opens when the reader opens it, or when a finding is jumped to and one of them
 * is a side of the row's discrepancies (`data-involved`; see AlignedGrid), so that the finding
 * shows both its wordings. It never opens by itself when the findings arrive: rows growing then
 * would move the row the reader is on.
 */
export function GapCell({ article, label, refs, discrepancies, tabbable }: Props) {
  const involved = refs.some((i) => flagsFor(article.id, i, discrepancies).length > 0);
  const [open, setOpen] = useState(false);
  if (refs.length === 0)
    return (
      <div className="cell gap" role="cell">
        <span className="gap-note">Not in {label}</span>
      </div>
    );
  return (
    <div className="cell gap" role="cell">
      <details
        className="gap-refs"
        open={open}
        data-involved={involved ? '' : undefined}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="gap-note" tabIndex={tabbable ? 0 : -1}>
          ¶{refs.map((r) => r + 1).join(', ¶')} of {label} carries this; shown in another row
        </summary>
        {/* Kept in the page while closed where a jump may open it: it then lays out at once. */}
        {(open || involved) &&
          refs.map((r) => (
            <p key={r} className="gap-ref-text">
              <span className="para-no">¶{r + 1}</span>{' '}
              <FlaggedText article={article} i={r} discrepancies={discrepancies} />
            </p>
          ))}
      </details>
    </div>
  );
}
