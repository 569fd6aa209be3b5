import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../../store/index.ts';
import { readPlace, setPlace, usePlace, type Place } from '../../store/place.ts';
import type { SentenceRef } from './model.ts';

/** Scrolling is saved at most this often (ms), and when the view goes or the page is left. */
const SAVE_EVERY = 250;
/** Events by which the reader moves through the article themselves. */
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

const chosenArticle = (p: Place) => p.article ?? null;

/** The article chosen in the Claims view of the open review, kept in its place, and how to choose. */
export function useChosenArticle(): [string | null, (id: string) => void] {
  const reviewId = useAppStore((s) => s.activeReviewId);
  const picked = usePlace(reviewId, chosenArticle);
  return [picked, (id) => setPlace(reviewId, { article: id })];
}

interface Options {
  articleId: string;
  /** The article's sentences so far (a long one is read in slices); null while none are. */
  sentences: readonly SentenceRef[] | null;
  focused: SentenceRef | null;
  onRestore: (at: SentenceRef) => void;
  /** The article's text container, inside the scrolling .claims-main. */
  containerRef: RefObject<HTMLElement | null>;
}

/**
 * Keeps the focused sentence and the scroll of the shown article in the review's place, and
 * brings both back when the article is shown again (the view reopened, the page reloaded): the
 * sentence as the focused one (its panel open; focus itself stays where the reader is) and the
 * scroll once the text is long enough for it, unless the reader has moved first.
 */
export function useClaimsPlace({
  articleId,
  sentences,
  focused,
  onRestore,
  containerRef,
}: Options) {
  const reviewId = useAppStore((s) => s.activeReviewId);
  // What is still to bring back for the article shown, read when it is first shown.
  const pending = useRef<{ article: string; sentence: boolean; top: number | null } | null>(null);
  const key = `${reviewId}\n${articleId}`;
  const loaded = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (loaded.current === key) return;
    loaded.current = key;
    const place = readPlace(reviewId);
    pending.current = {
      article: articleId,
      sentence: place.sentence?.article === articleId,
      top: place.claimsScroll?.article === articleId ? place.claimsScroll.top : null,
    };
  }, [key, reviewId, articleId]);

  // The sentence, once the part of the article that holds it has been read.
  useEffect(() => {
    const p = pending.current;
    if (!p?.sentence || !sentences || p.article !== articleId) return;
    const saved = readPlace(reviewId).sentence;
    const at = saved && sentences.find((s) => s.start === saved.start && s.end === saved.end);
    const last = sentences.at(-1);
    if (at) onRestore(at);
    // Found, or the text read has passed it without finding it (the text changed): done.
    if (at || !saved || (last && last.end > saved.end)) p.sentence = false;
  }, [sentences, articleId, reviewId, onRestore]);

  useEffect(() => {
    if (focused) setPlace(reviewId, { sentence: { article: articleId, ...span(focused) } });
  }, [focused, reviewId, articleId]);

  // The scroll: set after each render until the text is long enough to reach it, or the reader moves.
  const scroller = () => containerRef.current?.closest<HTMLElement>('.claims-main') ?? null;
  useLayoutEffect(() => {
    const p = pending.current;
    const box = scroller();
    if (!box || p?.top == null || p.article !== articleId || !sentences) return;
    box.scrollTop = p.top;
    if (Math.abs(box.scrollTop - p.top) < 1) p.top = null;
  });

  const hasText = sentences !== null;
  useEffect(() => {
    const box = scroller();
    if (!box) return;
    let top: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      // While a scroll is being brought back, the saved one is still the place.
      if (top === null || pending.current?.top != null) return;
      setPlace(reviewId, { claimsScroll: { article: articleId, top } });
    };
    const onScroll = () => {
      top = Math.round(box.scrollTop);
      timer ??= setTimeout(save, SAVE_EVERY);
    };
    const moved = () => {
      if (pending.current) pending.current.top = null;
    };
    const flush = () => {
      if (timer !== null) save();
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    for (const type of READER_MOVES) box.addEventListener(type, moved, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      box.removeEventListener('scroll', onScroll);
      for (const type of READER_MOVES) box.removeEventListener(type, moved);
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // The scroller is there once the text is; scroller() reads the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasText, articleId, reviewId]);
}

const span = (s: SentenceRef) => ({ start: s.start, end: s.end });
