import { useSyncExternalStore } from 'react';

/** The grid sentence whose marks, note and evidence are open beside it (one in the whole grid). */
export interface OpenSentence {
  articleId: string;
  start: number;
  end: number;
  /** The note editor opens with it (the n key). */
  note: boolean;
  /**
   * Presses of n on it while it has no verdict (each is told anew: mark it first). Never a pending
   * request: the next v, d or u only marks it, and the keys after it are not typed into a note.
   */
  markFirst?: number;
}

let open: OpenSentence | null = null;
/** How many times a sentence has been opened (another one, or one again after closing). */
let opened = 0;
const listeners = new Set<() => void>();

/** The open sentence now (outside React). */
export const openSentence = (): OpenSentence | null => open;

/**
 * Counts the openings of a sentence: a note opened on it or a verdict given is none, nor is its
 * details' being drawn again (a virtual grid draws a row anew as it scrolls back into view).
 */
export const openings = (): number => opened;

/** Opens a sentence's details (null closes them). */
export function setOpenSentence(next: OpenSentence | null): void {
  const same =
    next !== null &&
    open !== null &&
    next.articleId === open.articleId &&
    next.start === open.start &&
    next.end === open.end &&
    next.note === open.note &&
    next.markFirst === open.markFirst;
  if (same || (next === null && open === null)) return;
  const another =
    next !== null &&
    (open === null ||
      next.articleId !== open.articleId ||
      next.start !== open.start ||
      next.end !== open.end);
  if (another) opened++;
  open = next;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/**
 * The open sentence when it lies in [from, to) of this article, else null. Each cell asks for its
 * own paragraphs, so opening a sentence re-renders only the cells it leaves and enters.
 */
export function useOpenSentenceIn(
  articleId: string,
  from: number,
  to: number,
): OpenSentence | null {
  return useSyncExternalStore(subscribe, () =>
    open && open.articleId === articleId && open.start >= from && open.start < to ? open : null,
  );
}
