import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Fragment,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Article } from '../../core/text/index.ts';
import type { Claim, ClaimStatus } from '../../store/index.ts';
import { isTextField } from '../../components/claims/use-undo-keys.ts';
import { ArticleFind } from './article-find.tsx';
import { articleRows, rowHolding, type ArticleRow } from './article-rows.ts';
import {
  passes,
  spanKey,
  STATUSES,
  type SentenceRef,
  type StatusFilter,
} from './model.ts';
import { SelectionClaims } from './selection-claims.tsx';
import { SentenceItem } from './sentence-item.tsx';
import { parsedEnd } from './use-parsed-article.ts';

interface Props {
  article: Article;
  /** Sentences in reading order, with stable objects for memoised items. */
  sentences: readonly SentenceRef[];
  bySentence: ReadonlyMap<string, Claim>;
  byParagraph: ReadonlyMap<number, Claim[]>;
  /** Span keys of sentences flagged 'unsourced?' (asked only for the sentences shown). */
  hints: Pick<ReadonlySet<string>, 'has'>;
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
/** Above this many rows only the rows on screen are rendered (a 5 MB article has some 30,000). */
const VIRTUALIZE_ABOVE = 150;
/** A row's height before it is measured: a paragraph of a few sentences. */
const ROW_ESTIMATE = 120;

/**
 * The article's paragraphs as lists of sentences, one tab stop for all, moved with arrows or j/k.
 * A long article renders only the paragraphs on screen, and offers its own find.
 */
export function ArticleText({ containerRef: rootRef, ...props }: Props) {
  const { article, bySentence, filter } = props;
  const { sentences, byParagraph } = props;
  // Under 'all' the rows do not change with the marks: a mark re-renders a screenful, no more.
  const filtered = useMemo(
    () =>
      filter === 'all'
        ? null
        : sentences.filter((s) => passes(filter, bySentence.get(spanKey(s.start, s.end)))),
    [sentences, bySentence, filter],
  );
  const visible = filtered ?? sentences;
  const extraKey = [...byParagraph]
    .filter(([, claims]) => claims.some((c) => passes(filter, c)))
    .map(([p]) => p)
    .join(',');
  const rows = useMemo(
    () => articleRows(article, visible, new Set(extraKey.split(',').filter(Boolean).map(Number))),
    [article, visible, extraKey],
  );
  const rowOf = (key: string) => rowHolding(rows, Number(key.split('-')[0]));
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // A long article shows its opening paragraphs while the rest is parsed.
  const reading = parsedEnd(article) < article.text.length;
  const rowsRef = useRef<HTMLDivElement | null>(null);
  const findRef = useRef<HTMLInputElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  /** A sentence to focus once its row is rendered. */
  const [pending, setPending] = useState<string | null>(null);
  /** The sentence of the last find match: the list's tab stop until another is focused. */
  const [matchKey, setMatchKey] = useState<string | null>(null);

  const scroller = () => rootRef.current?.closest<HTMLElement>('.claims-main') ?? null;
  // The virtualizer's functions are read fresh each render; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 4,
    scrollMargin,
  });
  // Where the rows start inside the scroller (below the heading and the find form).
  useLayoutEffect(() => {
    const el = rowsRef.current;
    const box = el?.closest<HTMLElement>('.claims-main');
    if (!virtual || !el || !box) return;
    const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    setScrollMargin(Math.round(top));
  }, [virtual, article]);

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown: ArticleRow[] = virtual ? items.map((v) => rows[v.index]!) : rows;
  const rendered = (key: string | null) =>
    key !== null && (!virtual || items.some((v) => v.index === rowOf(key)));
  const firstShown = shown.find((r) => r.items.length > 0)?.items[0];
  const wanted = matchKey ?? props.activeKey;
  const activeKey = rendered(wanted)
    ? wanted
    : firstShown
      ? spanKey(firstShown.start, firstShown.end)
      : null;

  const elementOf = useCallback(
    (key: string) => rootRef.current?.querySelector<HTMLElement>(`[data-key="${key}"]`) ?? null,
    [rootRef],
  );
  /** Focuses a sentence, first bringing its row into the page when it is not rendered. */
  const focusKey = (key: string) => {
    const el = elementOf(key);
    if (el) {
      el.focus();
      return;
    }
    const row = rowOf(key);
    if (!virtual || row < 0) return;
    virtualizer.scrollToIndex(row, { align: 'center' });
    setPending(key);
  };
  const firstIndex = items[0]?.index ?? -1;
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (pending === null) return;
    const el = elementOf(pending);
    if (el) {
      el.focus();
      setPending(null);
    }
  }, [pending, firstIndex, lastIndex, elementOf]);
  useEffect(() => {
    if (props.focusRequest) focusKey(props.focusRequest.key);
    // The request itself is what triggers the move; focusKey is recreated each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusRequest]);

  const { onFocus: focused } = props;
  const onFocus = useCallback(
    (at: SentenceRef) => {
      setMatchKey(null);
      focused(at);
    },
    [focused],
  );

  const showMatch = (key: string) => {
    setMatchKey(key);
    const row = rowOf(key);
    if (row < 0) return;
    if (virtual) virtualizer.scrollToIndex(row, { align: 'center' });
    else elementOf(key)?.scrollIntoView({ block: 'center' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (virtual && (e.ctrlKey || e.metaKey) && e.key === 'f' && !isTextField(e.target)) {
      // The browser's find sees only the sentences on screen.
      e.preventDefault();
      findRef.current?.focus();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-sentence]');
    const k = item ? visible.findIndex((s) => spanKey(s.start, s.end) === item.dataset.key) : -1;
    const at = visible[k];
    if (!item || !at) return;
    const move = MOVES[e.key];
    const verdict = STATUSES.find((s) => s.key === e.key);
    if (move !== undefined) {
      const next = visible[k + move];
      if (next) focusKey(spanKey(next.start, next.end));
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

  const extrasOf = (paragraph: number) =>
    (byParagraph.get(paragraph) ?? []).filter((c) => passes(filter, c));
  const renderRow = (row: ArticleRow) => (
    <div
      className={row.boilerplate ? 'claims-para claims-boiler' : 'claims-para'}
      data-paragraph={row.paragraph}
    >
      {row.items.length > 0 && (
        <ul
          className="claims-sentences"
          aria-label={`Paragraph ${row.paragraph + 1}${row.part > 0 ? `, part ${row.part + 1}` : ''}`}
        >
          {row.items.map((s) => {
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
                onFocus={onFocus}
                onStatus={props.onStatus}
              />
            );
          })}
        </ul>
      )}
      {row.last && extrasOf(row.paragraph).length > 0 && (
        <SelectionClaims
          paragraph={row.paragraph}
          claims={extrasOf(row.paragraph)}
          onStatus={props.onClaimStatus}
        />
      )}
    </div>
  );
  const rowKey = (row: ArticleRow) => `${row.paragraph}:${row.part}`;

  return (
    <div className="claims-article" data-article={article.id} ref={rootRef} onKeyDown={onKeyDown}>
      {virtual && (
        <ArticleFind
          text={article.text}
          visible={visible}
          reading={reading}
          inputRef={findRef}
          onMatch={showMatch}
        />
      )}
      {reading && (
        <p className="claims-muted" role="status" aria-busy="true">
          Reading the rest of the article…
        </p>
      )}
      <div ref={rowsRef}>
        {virtual ? (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {/* Rows stack in normal flow, shifted together: an estimated height never overlaps them. */}
            <div
              style={{
                transform: `translateY(${(items[0]?.start ?? scrollMargin) - scrollMargin}px)`,
              }}
            >
              {items.map((v) => (
                <div
                  key={rowKey(rows[v.index]!)}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                >
                  {renderRow(rows[v.index]!)}
                </div>
              ))}
            </div>
          </div>
        ) : (
          shown.map((row) => <Fragment key={rowKey(row)}>{renderRow(row)}</Fragment>)
        )}
      </div>
      {visible.length === 0 && <p className="claims-empty">No sentences match the filter.</p>}
    </div>
  );
}
