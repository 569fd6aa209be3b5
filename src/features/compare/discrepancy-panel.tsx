import { useState } from 'react';
import { SEVERITY_RANK, type Finding } from '../../core/compare/findings.ts';
import type { ArticleRecord } from '../../store/index.ts';
import { shortLabel } from './heat-map.tsx';

interface Props {
  items: readonly { row: number; finding: Finding }[];
  records: readonly ArticleRecord[];
  onJump: (row: number) => void;
}

/** How many are listed before "Show all": a long list would cost more layout than it helps. */
const FIRST = 50;
/** Longer wordings are cut, as in the explanations: the sidebar is narrow. */
const WORDING_MAX = 80;

/** A version's wording on one line, cut to WORDING_MAX characters. */
function wording(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '(nothing)';
  return `“${t.length > WORDING_MAX ? `${t.slice(0, WORDING_MAX - 1)}…` : t}”`;
}

/**
 * Every finding among the shown articles, most severe first, each once with the articles that carry
 * each version ("“2016”: A ¶3 · “2017”: B ¶5, C ¶4"), each a jump to its row.
 */
export function DiscrepancyPanel({ items, records, onJump }: Props) {
  const [all, setAll] = useState(false);
  const letter = new Map(records.map((r, k) => [r.id, shortLabel(k)]));
  const sorted = [...items].sort(
    (x, y) =>
      SEVERITY_RANK[x.finding.severity] - SEVERITY_RANK[y.finding.severity] || x.row - y.row,
  );
  const listed = all ? sorted : sorted.slice(0, FIRST);
  return (
    <section className="panel" aria-labelledby="disc-title" data-skip="findings">
      <h2 id="disc-title">Discrepancies ({items.length})</h2>
      {sorted.length === 0 ? (
        <p className="muted">None found among the shown articles.</p>
      ) : (
        <ol className="disc-list">
          {listed.map(({ row, finding: f }, k) => (
            <li key={k} className={`disc disc-${f.severity}`}>
              <button type="button" onClick={() => onJump(row)}>
                <strong>
                  {f.severity} · {f.type}
                </strong>{' '}
                {f.explanation}
                <span className="disc-spans">
                  {f.versions
                    .map(
                      (v) =>
                        `${wording(v.text)}: ${v.places
                          .map((p) => `${letter.get(p.article) ?? p.article} ¶${p.paragraph + 1}`)
                          .join(', ')}`,
                    )
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {listed.length < sorted.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {sorted.length}
        </button>
      )}
    </section>
  );
}
