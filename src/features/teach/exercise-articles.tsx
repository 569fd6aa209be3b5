import { useState } from 'react';
import { articleLetter, type Exercise } from '../../core/formats/index.ts';
import { useComparison } from '../../worker/use-comparison.ts';

type Articles = Exercise['articles'];

/** The exercise's articles aligned by the compare worker: one row per matched passage, read only. */
function AlignedTable({ articles }: { articles: Articles }) {
  const { comparison, working, error } = useComparison(articles, null);
  if (error) return <p className="teach-error">The articles could not be aligned: {error}</p>;
  if (!comparison) return <p role="status">Aligning the articles…</p>;
  const parsed = new Map(comparison.articles.map((a) => [a.id, a]));
  return (
    // Focusable, so a keyboard can scroll it.
    <div className="teach-aligned" role="region" aria-label="Aligned articles" tabIndex={0}>
      <table className="teach-table">
        <caption>
          The articles side by side{working ? ' (still aligning)' : ''}: a row holds the passages
          that match
        </caption>
        <thead>
          <tr>
            {/* Lettered as in the compare view, and as the finding questions name them. */}
            {articles.map((a, k) => (
              <th key={a.id} scope="col">
                {articleLetter(k)} · {a.title || 'Untitled article'}
                {a.outlet && ` · ${a.outlet}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row, r) => (
            <tr key={r}>
              {articles.map((a) => (
                <td key={a.id}>
                  {(row.cells[a.id] ?? []).map((p) => (
                    <p key={p}>{parsed.get(a.id)?.paragraphs[p]?.text}</p>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The articles of an exercise side by side, aligned as in the compare view, behind a disclosure:
 * the alignment is asked of the worker only once the trainee opens it.
 */
export function ExerciseArticles({ articles }: { articles: Articles }) {
  const [open, setOpen] = useState(false);
  if (articles.length < 2) return null;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Read the articles side by side</summary>
      {open && <AlignedTable articles={articles} />}
    </details>
  );
}
