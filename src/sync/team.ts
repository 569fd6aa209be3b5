/**
 * Starts and stops the open review's sharing as the review, the reviewer or the server change.
 * Small on purpose: the Yjs code (open-shared.ts) is imported only when a shared review is open.
 */
import { withoutOwnVerdicts } from '../core/formats/types.ts';
import { savedPart, type CrosscheckStore } from '../store/index.ts';
import { readTeam, subscribeTeam, writeTeam } from './team-settings.ts';

/**
 * Drops this reviewer's own verdicts (mine) from every review not in `shared`: a review no longer
 * shared here is a private one again, its toggles showing its statuses (the team's, as last seen).
 */
export function forgetOwnVerdicts(store: CrosscheckStore, shared: readonly string[]): void {
  const state = store.getState();
  const reviews = { ...state.reviews };
  let changed = false;
  for (const [id, review] of Object.entries(state.reviews)) {
    const plain = shared.includes(id) ? review : withoutOwnVerdicts(review);
    if (plain === review) continue;
    reviews[id] = plain;
    changed = true;
  }
  if (changed) store.sync.applyRemote({ ...savedPart(state), reviews }, true);
}

/** Keeps the open review's sharing current; returns a function that stops it. */
export function startTeam(store: CrosscheckStore): () => void {
  let key = '';
  let closing: Promise<(() => void) | null> = Promise.resolve(null);
  const update = () => {
    const team = readTeam();
    forgetOwnVerdicts(store, team.shared);
    const id = pendingJoin ?? store.getState().activeReviewId;
    const shared = team.reviewer !== null && team.shared.includes(id);
    const next = shared ? JSON.stringify([id, team.reviewer, team.server]) : '';
    if (next === key) return;
    key = next;
    const previous = closing;
    closing = previous.then(async (close) => {
      close?.();
      if (!shared || !team.reviewer || key !== next) return null;
      const { openShared } = await import('./open-shared.ts');
      if (key !== next) return null;
      return openShared(store, id, team.reviewer, team.server);
    });
    closing = closing.catch(() => null);
  };
  update();
  const unsubscribeStore = store.subscribe((s, p) => {
    if (pendingJoin !== null && s.reviews[pendingJoin]) {
      const id = pendingJoin;
      pendingJoin = null;
      if (s.activeReviewId !== id) s.setActiveReview(id);
      return;
    }
    if (s.activeReviewId !== p.activeReviewId) update();
  });
  const unsubscribeTeam = subscribeTeam(update);
  return () => {
    unsubscribeStore();
    unsubscribeTeam();
    key = '';
    void closing.then((close) => close?.());
  };
}

let pendingJoin: string | null = null;

/** True when `code` has the shape of a review code (a review's id, as "Share this review" gives it). */
export const isReviewCode = (code: string) => /^review-[A-Za-z0-9_-]{1,64}$/.test(code);

/** The review a colleague's code named, until it has arrived from the server. */
export const joiningReview = () => pendingJoin;

/** Joins the review with code `id`: shares it here and opens it once its document has arrived. */
export function joinShared(id: string): void {
  const team = readTeam();
  pendingJoin = id;
  writeTeam({ shared: team.shared.includes(id) ? team.shared : [...team.shared, id] });
}
