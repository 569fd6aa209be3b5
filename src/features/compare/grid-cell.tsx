import { useMemo, useRef } from 'react';
import { SelectionBar } from '../../components/claims/selection-bar.tsx';
import { useTextSelection } from '../../components/claims/use-text-selection.ts';
import type { DiffOptions } from '../../core/diff/index.ts';
import type { LinkDiscrepancy } from '../../core/compare/index.ts';
import type { Article } from '../../core/text/index.ts';
import { DiffText } from './diff-text.tsx';
import { flagsFor, NO_FLAGS } from './flags.ts';
import { GapCell } from './gap-cell.tsx';
import type { LinkIndex } from './grid-model.ts';
import { useAppStore } from '../../store/index.ts';
import { useCellMarks, spanKey } from './grid-marks.ts';
import { GridSentence, type PartnerMark } from './grid-sentence.tsx';
import { useOpenSentenceIn } from './open-sentence.ts';
import { SelectionMarks } from './selection-marks.tsx';
import { SentenceDetails } from './sentence-details.tsx';
import { WhyLinked } from './why-linked.tsx';

interface Props {
  article: Article;
  label: string;
  indexes: readonly number[];
  refs: readonly number[];
  base: Article | undefined;
  baseText: string | null;
  links: LinkIndex;
  options: DiffOptions;
  mode: 'marks' | 'inline';
  discrepancies: readonly LinkDiscrepancy[];
  unique: boolean;
  /**
   * Whether the cell's controls are in the tab order: only in the grid's active row, so that Tab
   * reaches a paragraph's "Why linked" from its row instead of stopping at every one in the grid.
   */
  tabbable: boolean;
  /** The row's shown articles with their column letters: counterparts are looked for in them. */
  columns: readonly { article: Article; label: string }[];
}


const NO_INDEXES: readonly number[] = [];

/** What a claim holds beside its verdict, as the grid names it: "note", "2 evidence". */
function notesOf(claim: { note: string; evidence: string[] } | undefined): string[] {
  if (!claim) return [];
  const out = claim.note.trim() !== '' ? ['note'] : [];
  return claim.evidence.length > 0 ? [...out, `${claim.evidence.length} evidence`] : out;
}

/**
 * One article's paragraphs in one row, highlighted against the base article's, each sentence with
 * its mark and its counterparts' marks; the open sentence's details and the cell's selection
 * claims under their paragraph, and "Mark selection as…" while text of this cell is selected.
 */
export function GridCell(props: Props) {
  const { article, label, indexes, refs, base, baseText, links, columns } = props;
  const cellRef = useRef<HTMLDivElement>(null);
  const others = useMemo(
    () => columns.filter((c) => c.article.id !== article.id).map((c) => c.article),
    [columns, article.id],
  );
  // Kept between renders: new flags would make each paragraph's diff be computed again.
  const flags = useMemo(
    () => new Map(indexes.map((i) => [i, flagsFor(article.id, i, props.discrepancies)])),
    [article.id, indexes, props.discrepancies],
  );
  const marks = useCellMarks(article, indexes.length ? indexes : NO_INDEXES, others, links);
  const first = article.paragraphs[indexes[0] ?? -1];
  const last = article.paragraphs[indexes[indexes.length - 1] ?? -1];
  const open = useOpenSentenceIn(article.id, first?.start ?? 0, last?.end ?? 0);
  const [selection, clearSelection] = useTextSelection(cellRef, article.id, article.text);
  const markSelection = useAppStore((s) => s.markSelection);
  const labelOf = (id: string) => columns.find((c) => c.article.id === id)?.label ?? id;
  const nameOf = (id: string) => {
    const c = columns.find((x) => x.article.id === id);
    return c ? `${c.label}: ${c.article.title || id}` : id;
  };
  if (indexes.length === 0)
    return (
      <GapCell
        // The reader's open or closed choice belongs to these paragraphs, not to the cell's place.
        key={refs.join(',')}
        article={article}
        label={label}
        refs={refs}
        discrepancies={props.discrepancies}
        tabbable={props.tabbable}
      />
    );
  return (
    <div className="cell" role="cell" data-article={article.id} ref={cellRef}>
      {props.unique && <span className="badge">Only in {label}</span>}
      {indexes.map((i) => {
        const p = article.paragraphs[i];
        if (!p) return null;
        const name = (k: number) => `Sentence ${k + 1} of ¶${i + 1} in ${label}`;
        const openHere =
          open && p.sentences.some((s) => s.start === open.start && s.end === open.end)
            ? open
            : null;
        const openAt = openHere ? p.sentences.findIndex((s) => s.start === openHere.start) : -1;
        const extras = marks.byParagraph.get(i);
        return (
          <div key={i} className="para-block">
            <div className={p.boilerplate ? 'para boilerplate' : 'para'}>
              <span className="para-no">¶{i + 1}</span>{' '}
              <DiffText
                text={p.text}
                against={p.boilerplate ? null : baseText}
                options={props.options}
                mode={props.mode}
                flags={flags.get(i) ?? NO_FLAGS}
                offset={p.start}
                sentences={p.sentences.map((s) => ({
                  start: s.start - p.start,
                  end: s.end - p.start,
                }))}
                renderSentence={(k, children) => {
                  const s = p.sentences[k]!;
                  const key = spanKey(s.start, s.end);
                  const partners: PartnerMark[] = [];
                  for (const c of marks.partners.get(key) ?? []) {
                    const status = marks.claimOf(c)?.status;
                    const label = labelOf(c.articleId);
                    // Two counterparts in one article with one verdict are one chip ("A: Verified").
                    if (status && !partners.some((m) => m.label === label && m.status === status))
                      partners.push({ label, status });
                  }
                  return (
                    <GridSentence
                      articleId={article.id}
                      start={s.start}
                      end={s.end}
                      name={name(k)}
                      status={marks.bySentence.get(key)?.status ?? null}
                      notes={notesOf(marks.bySentence.get(key))}
                      partners={partners}
                      open={openAt === k}
                    >
                      {children}
                    </GridSentence>
                  );
                }}
              />
              {base && base.id !== article.id && (
                <WhyLinked
                  self={article}
                  paragraph={i}
                  other={base}
                  links={links.between(article.id, i, base.id)}
                  tabbable={props.tabbable}
                />
              )}
            </div>
            {extras && <SelectionMarks paragraph={i} label={label} claims={extras} />}
            {openHere && openAt >= 0 && (
              <SentenceDetails
                open={openHere}
                name={name(openAt)}
                claim={marks.bySentence.get(spanKey(openHere.start, openHere.end))}
                partners={marks.partners.get(spanKey(openHere.start, openHere.end)) ?? []}
                claimOf={marks.claimOf}
                nameOf={nameOf}
              />
            )}
          </div>
        );
      })}
      {selection && (
        <SelectionBar
          selection={selection}
          onMark={(sel, status) => {
            markSelection(sel.articleId, sel.start, sel.end, status);
            clearSelection();
          }}
        />
      )}
      {refs.length > 0 && (
        <p className="ref-note">
          Related: ¶{refs.map((r) => r + 1).join(', ¶')}, shown in another row
        </p>
      )}
    </div>
  );
}
