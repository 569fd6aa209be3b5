import type { Finding, Place } from '../../core/compare/findings.ts';
import { findingSentence } from '../../core/compare/triage.ts';
import type { Article } from '../../core/text/index.ts';
import { getAppStore, type ClaimStatus } from '../../store/index.ts';

/** What "mark disputed" did, or what it needs to know first. */
export type DisputeResult =
  | { kind: 'marked'; claimId: string; noteAdded: boolean }
  /** The sentence already carries another verdict: the reviewer chooses (see disputeFinding's `choice`). */
  | { kind: 'ask'; status: ClaimStatus }
  | { kind: 'missing' };

/**
 * Turns a finding into a disputed claim on the sentence that carries one of its versions, with the
 * finding's explanation as the note. A reviewer's work is never overwritten: an existing note keeps
 * its words and gets the explanation appended; a sentence already marked verified or unsourced is
 * left as it is unless `choice` says to change it ('dispute') or only to add the note ('note').
 */
export function disputeFinding(
  finding: Finding,
  place: Place,
  article: Article | undefined,
  choice: 'dispute' | 'note' | null = null,
): DisputeResult {
  const sentence = article ? findingSentence(finding, place, article) : null;
  if (!sentence) return { kind: 'missing' };
  const store = getAppStore();
  const state = store.getState();
  const review = state.reviews[state.activeReviewId];
  const existing = Object.values(review?.claims ?? {}).find(
    (c) =>
      c.articleId === place.article &&
      c.origin === 'sentence' &&
      c.anchorState !== 'orphaned' &&
      c.anchor.start === sentence.start &&
      c.anchor.end === sentence.end,
  );
  if (existing?.status && existing.status !== 'disputed' && choice === null)
    return { kind: 'ask', status: existing.status };
  let id = existing?.id ?? null;
  const marking = choice !== 'note' && existing?.status !== 'disputed';
  if (marking) id = state.markSentence(place.article, sentence.start, sentence.end, 'disputed');
  if (!id) return { kind: 'missing' };
  const note = store.getState().reviews[state.activeReviewId]?.claims[id]?.note ?? '';
  const explanation = finding.explanation.trim();
  const noteAdded = !note.includes(explanation);
  if (!noteAdded) return { kind: 'marked', claimId: id, noteAdded };
  // After a mark the note is part of the same undo step: one Ctrl+Z takes back both.
  const history = store.temporal.getState();
  if (marking) history.pause();
  try {
    state.setNote(id, note.trim() ? `${note.trimEnd()}\n\n${explanation}` : explanation);
  } finally {
    if (marking) history.resume();
  }
  return { kind: 'marked', claimId: id, noteAdded };
}
