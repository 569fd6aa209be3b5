import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import type { Article } from '../../core/text/index.ts';
import type { Claim, ClaimStatus } from '../../store/index.ts';
import {
  isTextField,
  passes,
  spanKey,
  STATUSES,
  type SentenceRef,
  type StatusFilter,
} from './model.ts';
import { SelectionClaims } from './selection-claims.tsx';
import { SentenceItem } from './sentence-item.tsx';

interface Props {
  article: Article;
  /** Sentences in reading order, with stable objects for memoised items. */
  sentences: readonly SentenceRef[];
  bySentence: ReadonlyMap<string, Claim>;
  byParagraph: ReadonlyMap<number, Claim[]>;
  hints: ReadonlySet<string>;
  /** Per sentence span key: how many articles carry it (empty until the alignment is ready). */
  carriers: ReadonlyMap<string, number>;
  articleCount: number;
  filter: StatusFilter;
  /** Span key of the focused sentence. */
  activeKey: string | null;
  /** Moves DOM focus to a sentence; n changes on every request. */
  focusRequest: { key: string; n: number } | null;
  containerRef: RefObject<HTMLDivElement | null>;
  onFocus: (at: SentenceRef) => void;
  onStatus: (at: SentenceRef, status: ClaimStatus | null) => void;
  onClaimStatus: (id: string, status: ClaimStatus | null) => void;
  onNote: (at: SentenceRef) => void;
}

const MOVES: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

/** The article's paragraphs as lists of sentences, one tab stop for all, moved with arrows or j/k. */
export function ArticleText({ containerRef: rootRef, ...props }: Props) {
  const { article, bySentence, filter } = props;
  const visible = props.sentences.filter((s) =>
    passes(filter, bySentence.get(spanKey(s.start, s.end))),
  );
  const activeKey =
    visible.find((s) => spanKey(s.start, s.end) === props.activeKey) !== undefined
      ? props.activeKey
      : visible[0]
        ? spanKey(visible[0].start, visible[0].end)
        : null;

  useEffect(() => {
    if (!props.focusRequest) return;
    const el = rootRef.current?.querySelector<HTMLElement>(
      `[data-key="${props.focusRequest.key}"]`,
    );
    el?.focus();
  }, [props.focusRequest, rootRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-sentence]');
    const at = visible.find((s) => spanKey(s.start, s.end) === item?.dataset.key);
    if (!item || !at) return;
    const move = MOVES[e.key];
    const verdict = STATUSES.find((s) => s.key === e.key);
    if (move !== undefined) {
      const next = visible[visible.indexOf(at) + move];
      if (next) {
        rootRef.current
          ?.querySelector<HTMLElement>(`[data-key="${spanKey(next.start, next.end)}"]`)
          ?.focus();
      }
    } else if (verdict) {
      props.onStatus(at, verdict.status);
    } else if (e.key === 'x') {
      props.onStatus(at, null);
    } else if (e.key === 'n') {
      props.onNote(at);
    } else {
      return;
    }
    e.preventDefault();
  };

  return (
    <div className="claims-article" data-article={article.id} ref={rootRef} onKeyDown={onKeyDown}>
      {article.paragraphs.map((p) => {
        const items = visible.filter((s) => s.paragraph === p.index);
        const extra = (props.byParagraph.get(p.index) ?? []).filter((c) => passes(filter, c));
        if (items.length === 0 && extra.length === 0) return null;
        return (
          <div
            key={p.index}
            className={p.boilerplate ? 'claims-para claims-boiler' : 'claims-para'}
          >
            <ul className="claims-sentences" aria-label={`Paragraph ${p.index + 1}`}>
              {items.map((s) => {
                const key = spanKey(s.start, s.end);
                return (
                  <SentenceItem
                    key={key}
                    at={s}
                    text={article.text.slice(s.start, s.end)}
                    claim={bySentence.get(key)}
                    unsourcedHint={props.hints.has(key)}
                    carriedBy={props.carriers.get(key) ?? null}
                    articleCount={props.articleCount}
                    active={key === activeKey}
                    onFocus={props.onFocus}
                    onStatus={props.onStatus}
                  />
                );
              })}
            </ul>
            {extra.length > 0 && (
              <SelectionClaims paragraph={p.index} claims={extra} onStatus={props.onClaimStatus} />
            )}
          </div>
        );
      })}
      {visible.length === 0 && <p className="claims-empty">No sentences match the filter.</p>}
    </div>
  );
}
