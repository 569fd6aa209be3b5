import type { KeyboardEvent } from 'react';
import { CLEAR_KEY, NOTE_KEY, STATUSES } from '../../components/claims/claim-text.ts';
import type { ClaimStatus } from '../../store/index.ts';
import { openSentence, setOpenSentence } from './open-sentence.ts';

type Mark = (articleId: string, start: number, end: number, status: ClaimStatus | null) => unknown;

/** Where a grid sentence element sits: its article (from its cell) and its span. */
function spanOf(el: HTMLElement): { articleId: string; start: number; end: number } | null {
  const articleId = el.closest<HTMLElement>('[data-article]')?.dataset.article;
  const start = Number(el.dataset.from);
  const end = Number(el.dataset.to);
  return articleId && end > start ? { articleId, start, end } : null;
}

/**
 * A row's keys for its sentences, the Claims view's keys: → and ← step through the row's
 * sentences (→ from the row enters the first, ← from the first goes back to the row, as does
 * Escape); on a sentence v, d and u mark it, x clears it and n opens its note.
 */
export function onSentenceKeys(e: KeyboardEvent<HTMLElement>, mark: Mark): void {
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
  const row = e.currentTarget;
  const target = e.target as HTMLElement;
  const onSentence = target.hasAttribute('data-sentence');
  if (target !== row && !onSentence) return;
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    const all = [...row.querySelectorAll<HTMLElement>('[data-sentence]')];
    const at = onSentence ? all.indexOf(target) : -1;
    const next =
      e.key === 'ArrowRight' ? all[at + 1] : at > 0 ? all[at - 1] : onSentence ? row : null;
    if (!next) return;
    e.preventDefault();
    next.focus();
    return;
  }
  if (!onSentence) return;
  const span = spanOf(target);
  if (!span) return;
  const verdict = STATUSES.find((s) => s.key === e.key);
  if (verdict) mark(span.articleId, span.start, span.end, verdict.status);
  else if (e.key === CLEAR_KEY) mark(span.articleId, span.start, span.end, null);
  else if (e.key === NOTE_KEY) {
    // A note belongs to a claim, and a verdict makes one: on an unmarked sentence n says so.
    const was = openSentence();
    const again =
      was?.articleId === span.articleId && was.start === span.start ? (was.markFirst ?? 0) : 0;
    setOpenSentence(
      target.hasAttribute('data-marked')
        ? { ...span, note: true }
        : { ...span, note: false, markFirst: again + 1 },
    );
  } else if (e.key === 'Escape') row.focus();
  else return;
  e.preventDefault();
}
