import { selectionClaimId } from '../core/claims/index.ts';
import { ownStatus } from '../core/formats/types.ts';
import {
  checkEvidence,
  confirmed,
  countVerdict,
  edited,
  findSentenceClaim,
  freeSentenceId,
  judged,
  newClaim,
  onNewText,
  reanchorClaims,
} from './claim-edits.ts';
import { newId } from './ids.ts';
import { updateActive } from './reviews-slice.ts';
import { stamp } from './saved.ts';
import { nameAfterArticles } from './seed-review.ts';
import type { ClaimActions, ReanchorCounts, Slice, StoreState } from './state.ts';
import type { Claim, ClaimStatus, Review } from './types.ts';

const noCounts = (): ReanchorCounts => ({ exact: 0, moved: 0, fuzzy: 0, orphaned: 0, changed: 0 });

/** Marks (sentence or selection), status, notes, evidence, article text changes, and undo/redo. */
export const createClaimsSlice: Slice<ClaimActions> = (set, get, api) => {
  const active = (): Review | undefined => get().reviews[get().activeReviewId];
  const edit = (fn: (r: Review) => Review) => set((s: StoreState) => updateActive(s, fn));
  // Each store (each tab) writes its verdicts under its own id.
  const tabId = newId('tab');
  // The sample review's name goes with its last sample article, a new review's with its first
  // article (see nameAfterArticles); `before` is the review as it was.
  const named = (r: Review, before: Review): Review => ({
    ...r,
    name: nameAfterArticles(r, before.articles.length),
  });
  const putClaims = (claims: Claim[]) =>
    edit((r) => ({
      ...r,
      claims: {
        ...r.claims,
        ...Object.fromEntries(claims.map((c) => [c.id, countVerdict(r.claims[c.id], c, tabId)])),
      },
    }));
  const editClaim = (id: string, fn: (c: Claim) => Claim) => {
    const claim = active()?.claims[id];
    if (claim) putClaims([fn(claim)]);
  };
  // Older undo steps hold anchors into the old text, so a text change starts a new history.
  const forgetHistory = () => api.temporal.getState().clear();

  /** The claim a sentence mark produces, or null when there is nothing to do. */
  const sentenceMark = (
    r: Review,
    articleId: string,
    start: number,
    end: number,
    status: ClaimStatus | null,
  ) => {
    const article = r.articles.find((a) => a.id === articleId);
    if (!article || end <= start) return null;
    const existing = findSentenceClaim(r, articleId, start, end);
    if (existing) return judged(existing, status);
    if (status === null) return null;
    return newClaim(
      freeSentenceId(r, articleId, start, end),
      articleId,
      article.text,
      { start, end },
      'sentence',
      status,
    );
  };

  const placeArticle = (articleId: string, text: string): ReanchorCounts => {
    const r = active();
    if (!r) return noCounts();
    const { claims, counts } = reanchorClaims(r.claims, articleId, text);
    edit((review) => ({ ...review, claims }));
    forgetHistory();
    return counts;
  };

  return {
    tabId,
    markSentence: (articleId, start, end, status) => {
      const r = active();
      const claim = r ? sentenceMark(r, articleId, start, end, status) : null;
      if (!claim) return null;
      putClaims([claim]);
      return claim.id;
    },
    markSelection: (articleId, start, end, status) => {
      const article = active()?.articles.find((a) => a.id === articleId);
      if (!article || end <= start) return null;
      const id = selectionClaimId(articleId, start, end, Date.now());
      putClaims([newClaim(id, articleId, article.text, { start, end }, 'selection', status)]);
      return id;
    },
    setClaimStatus: (id, status) => editClaim(id, (c) => judged(c, status)),
    confirmVerdict: (id) => editClaim(id, confirmed),
    setNote: (id, note) => editClaim(id, (c) => edited(c, { note: note.slice(0, 10_000) })),
    setEvidence: (id, urls) => {
      const { kept, rejected } = checkEvidence(urls);
      editClaim(id, (c) => edited(c, { evidence: kept }));
      return rejected;
    },
    applyToCounterparts: (id, targets) => {
      const r = active();
      const source = r?.claims[id];
      if (!r || !source) return [];
      const out: Claim[] = [];
      // This reviewer's verdict: on a shared claim, their own rather than the team's.
      const status = ownStatus(source);
      for (const t of targets) {
        const mark = sentenceMark(r, t.articleId, t.start, t.end, status);
        if (!mark || mark.id === id) continue;
        const evidence = [...new Set([...mark.evidence, ...source.evidence])];
        out.push({ ...mark, evidence, note: mark.note || source.note });
      }
      // One set, so one undo step covers the whole batch.
      if (out.length > 0) putClaims(out);
      return out.map((c) => c.id);
    },
    replaceArticleText: (articleId, text) => {
      const article = active()?.articles.find((a) => a.id === articleId);
      if (!article) return noCounts();
      edit((r) => ({
        ...r,
        articles: r.articles.map((a) =>
          a.id === articleId ? { ...a, text, addedAt: stamp(a.addedAt) } : a,
        ),
      }));
      return placeArticle(articleId, text);
    },
    reattachClaim: (id, start, end, articleId) => {
      const claim = active()?.claims[id];
      const target = articleId ?? claim?.articleId;
      const article = active()?.articles.find((a) => a.id === target);
      if (!claim || !article || end <= start) return;
      const fresh = newClaim(
        id,
        article.id,
        article.text,
        { start, end },
        claim.origin,
        claim.status,
      );
      // A verdict re-attached to other wording keeps the wording it was checked on, flagged.
      const moved = article.id === claim.articleId ? claim : { ...claim, articleId: article.id };
      putClaims([onNewText(moved, fresh.anchor, 'exact')]);
    },
    removeArticle: (articleId) => {
      const r = active();
      if (!r?.articles.some((a) => a.id === articleId)) return 0;
      const kept = Object.values(r.claims).filter((c) => c.articleId === articleId);
      const drop = (ids: string[]) => ids.filter((x) => x !== articleId);
      edit((review) =>
        named(
          {
            ...review,
            articles: review.articles.filter((a) => a.id !== articleId),
            claims: {
              ...review.claims,
              ...Object.fromEntries(
                kept.map((c) => [c.id, edited(c, { anchorState: 'orphaned' })]),
              ),
            },
            removedArticles: {
              ...review.removedArticles,
              [articleId]: stamp(review.articles.find((a) => a.id === articleId)?.addedAt),
            },
            view: {
              base: review.view.base === articleId ? null : review.view.base,
              order: drop(review.view.order),
              hidden: drop(review.view.hidden),
              collapsed: drop(review.view.collapsed),
            },
          },
          review,
        ),
      );
      forgetHistory();
      return kept.length;
    },
    addArticle: (record) => {
      if (!active()) return noCounts();
      edit((r) => {
        const { [record.id]: _tomb, ...removedArticles } = r.removedArticles;
        const previous = r.articles.find((a) => a.id === record.id);
        const placed = { ...record, addedAt: stamp(Math.max(previous?.addedAt ?? 0, _tomb ?? 0)) };
        const articles = previous
          ? r.articles.map((a) => (a.id === record.id ? placed : a))
          : [...r.articles, placed];
        return named({ ...r, articles, removedArticles }, r);
      });
      return placeArticle(record.id, record.text);
    },
    setArticleDetails: (articleId, details) =>
      // addedAt marks the record as the newer one, so another tab's merge takes these details.
      edit((r) => ({
        ...r,
        articles: r.articles.map((a) =>
          a.id === articleId ? { ...a, ...details, addedAt: stamp(a.addedAt) } : a,
        ),
      })),
    undo: () => api.temporal.getState().undo(),
    redo: () => api.temporal.getState().redo(),
  };
};
