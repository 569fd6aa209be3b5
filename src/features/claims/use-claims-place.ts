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
 * scroll by the sentence that was at the top, held while the text's height settles, until the
 * reader does anything.
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
  const pending = useRef<{ article: string; sentence: boolean; spot: Spot | null } | null>(null);
  const key = `${reviewId}\n${articleId}`;
  const loaded = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (loaded.current === key) return;
    loaded.current = key;
    const place = readPlace(reviewId);
    pending.current = {
      article: articleId,
      sentence: place.sentence?.article === articleId,
      spot: place.claimsScroll?.article === articleId ? place.claimsScroll : null,
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

  // The scroll, put back after each render and each change of the text's height (the alignment
  // arriving adds each sentence's count of carriers), until the reader does anything.
  const scroller = () => containerRef.current?.closest<HTMLElement>('.claims-main') ?? null;
  const hold = () => {
    const p = pending.current;
    const box = scroller();
    const container = containerRef.current;
    if (!p?.spot || !box || !container || p.article !== articleId) return;
    const target = targetOf(p.spot, box, container);
    if (Math.abs(box.scrollTop - target) >= 1) box.scrollTop = target;
  };
  const holdRef = useRef(hold);
  useLayoutEffect(() => {
    holdRef.current = hold;
    hold();
  });

  const hasText = sentences !== null;
  useEffect(() => {
    const box = scroller();
    const container = containerRef.current;
    if (!box || !container) return;
    const resized =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => holdRef.current());
    resized?.observe(container);
    // Whatever the reader does ends the hold: their place now, not the one restored.
    const moved = () => {
      if (pending.current) pending.current.spot = null;
      resized?.disconnect();
    };
    for (const type of READER_MOVES)
      document.addEventListener(type, moved, { capture: true, passive: true });
    let spot: Spot | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      // While a place is being brought back, the saved one is still the place.
      if (spot === null || pending.current?.spot) return;
      setPlace(reviewId, { claimsScroll: spot });
    };
    // Read as it scrolls (a few boxes), so what is saved as the view goes needs no layout.
    const onScroll = () => {
      spot = spotOf(box, container, articleId);
      timer ??= setTimeout(save, SAVE_EVERY);
    };
    const flush = () => {
      if (timer !== null) save();
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      resized?.disconnect();
      for (const type of READER_MOVES) document.removeEventListener(type, moved, { capture: true });
      box.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // The scroller is there once the text is; scroller() reads the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasText, articleId, reviewId]);
}

type Spot = NonNullable<Place['claimsScroll']>;

const keyOf = (el: HTMLElement) => (el.dataset.key ?? '').split('-').map(Number);

/** Where the article is scrolled: the offset, and the sentence at the top and how far past it. */
function spotOf(box: HTMLElement, container: HTMLElement, article: string): Spot {
  const top = Math.round(box.scrollTop);
  const edge = box.getBoundingClientRect().top;
  const items = container.querySelectorAll<HTMLElement>('[data-sentence]');
  const topAt = (k: number) => items[k]!.getBoundingClientRect().top;
  if (items.length === 0 || topAt(0) > edge) return { article, top };
  // The last sentence starting at or above the top edge (in order: a binary search reads few).
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (topAt(mid) <= edge) lo = mid;
    else hi = mid - 1;
  }
  const [start, end] = keyOf(items[lo]!);
  if (start === undefined || end === undefined || !Number.isFinite(start + end))
    return { article, top };
  return { article, top, at: { start, end, past: Math.round(edge - topAt(lo)) } };
}

/** The scroll offset that shows a saved spot: from its sentence when rendered, else as saved. */
function targetOf(spot: Spot, box: HTMLElement, container: HTMLElement): number {
  const el =
    spot.at && container.querySelector<HTMLElement>(`[data-key="${spot.at.start}-${spot.at.end}"]`);
  if (!el || !spot.at) return spot.top;
  return Math.round(
    box.scrollTop + el.getBoundingClientRect().top - box.getBoundingClientRect().top + spot.at.past,
  );
}

const span = (s: SentenceRef) => ({ start: s.start, end: s.end });
