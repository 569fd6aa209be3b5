import type { LinkDiscrepancy } from '../../core/compare/index.ts';
import type { Flag } from './diff-text.tsx';

/** No flags: one array, so that a paragraph without any keeps its diff between renders. */
export const NO_FLAGS: Flag[] = [];

/** The spans of paragraph `paragraph` of `article` that the discrepancies flag (offsets into its text). */
export function flagsFor(
  article: string,
  paragraph: number,
  list: readonly LinkDiscrepancy[],
): Flag[] {
  const out: Flag[] = [];
  for (const d of list) {
    if (d.a === article && d.i === paragraph)
      out.push({
        start: d.aStart,
        end: d.aEnd,
        severity: d.severity,
        explanation: `${d.type}: ${d.explanation}`,
      });
    if (d.b === article && d.j === paragraph)
      out.push({
        start: d.bStart,
        end: d.bEnd,
        severity: d.severity,
        explanation: `${d.type}: ${d.explanation}`,
      });
  }
  return out.length ? out : NO_FLAGS;
}
