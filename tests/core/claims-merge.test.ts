import { describe, expect, it } from 'vitest';
import {
  mergeSaved,
  sameSharedWork,
  stableStringify,
  type MergeableSaved,
} from '../../src/core/claims/index.ts';

interface C {
  id: string;
  updatedAt: number;
  status: string | null;
}
type S = MergeableSaved & { diff: { x: number } };

const claim = (id: string, updatedAt: number, status: string | null = 'verified'): C => ({
  id,
  updatedAt,
  status,
});
const review = (
  id: string,
  updatedAt: number,
  claims: C[] = [],
  articles = [{ id: 'a', addedAt: 0 }],
) => ({
  id,
  name: id,
  updatedAt,
  articles,
  claims: Object.fromEntries(claims.map((c) => [c.id, c])),
  removedArticles: {} as Record<string, number>,
});
const saved = (reviews: ReturnType<typeof review>[], extra: Partial<S> = {}): S => ({
  reviews: Object.fromEntries(reviews.map((r) => [r.id, r])),
  reviewOrder: reviews.map((r) => r.id),
  activeReviewId: reviews[0]!.id,
  deletedReviews: {},
  diff: { x: 0 },
  ...extra,
});

describe('mergeSaved', () => {
  it('keeps the marks of both tabs', () => {
    const a = saved([review('r', 5, [claim('c1', 5)])]);
    const b = saved([review('r', 6, [claim('c2', 6)])]);
    expect(Object.keys(mergeSaved(a, b).reviews.r!.claims)).toEqual(['c1', 'c2']);
  });

  it('keeps the newer version of the same claim, including a cleared one', () => {
    const a = saved([review('r', 5, [claim('c', 5, 'verified')])]);
    const b = saved([review('r', 9, [claim('c', 9, null)])]);
    expect(mergeSaved(a, b).reviews.r!.claims.c).toEqual(claim('c', 9, null));
    expect(mergeSaved(b, a).reviews.r!.claims.c).toEqual(claim('c', 9, null));
  });

  it('picks the same claim on both sides when stamps tie', () => {
    const a = saved([review('r', 5, [claim('c', 5, 'verified')])]);
    const b = saved([review('r', 5, [claim('c', 5, 'disputed')])]);
    expect(mergeSaved(a, b).reviews.r!.claims.c).toEqual(mergeSaved(b, a).reviews.r!.claims.c);
  });

  it('drops a review deleted after its last change and keeps one changed after the deletion', () => {
    const local = saved([review('r', 1), review('s', 1)]);
    const remote = saved([review('s', 1)], { deletedReviews: { r: 3 } });
    expect(Object.keys(mergeSaved(local, remote).reviews)).toEqual(['s']);
    const restored = saved([review('r', 10), review('s', 1)]);
    const merged = mergeSaved(remote, restored);
    expect(Object.keys(merged.reviews)).toEqual(['r', 's']);
    expect(merged.deletedReviews).toEqual({});
  });

  it('takes the newer text of an article and honours removals', () => {
    const local = saved([
      review(
        'r',
        1,
        [],
        [
          { id: 'a', addedAt: 1 },
          { id: 'b', addedAt: 1 },
        ],
      ),
    ]);
    const remoteReview = {
      ...review('r', 2, [], [{ id: 'a', addedAt: 7 }]),
      removedArticles: { b: 2 },
    };
    const merged = mergeSaved(local, saved([remoteReview]));
    expect(merged.reviews.r!.articles).toEqual([{ id: 'a', addedAt: 7 }]);
    expect(merged.reviews.r!.removedArticles).toEqual({ b: 2 });
  });

  it('keeps the open review local and settings from the tab that wrote last', () => {
    const local = saved([review('r', 1), review('s', 1)], { activeReviewId: 's', diff: { x: 1 } });
    const remote = saved([review('r', 1), review('s', 1)], { activeReviewId: 'r', diff: { x: 2 } });
    const merged = mergeSaved(local, remote);
    expect(merged.activeReviewId).toBe('s');
    expect(merged.diff).toEqual({ x: 2 });
    expect(sameSharedWork(merged, remote)).toBe(true);
  });

  it('settles: merging the result with either side again changes nothing', () => {
    const a = saved([review('r', 5, [claim('c1', 5)]), review('t', 2)], {
      deletedReviews: { q: 1 },
    });
    const b = saved([review('r', 6, [claim('c2', 6)]), review('u', 3)]);
    const m = mergeSaved(a, b);
    expect(stableStringify(mergeSaved(m, b))).toBe(stableStringify(m));
    expect(sameSharedWork(mergeSaved(b, m), m)).toBe(true);
    expect(Object.keys(m.reviews)).toEqual(['r', 't', 'u']);
    expect(m.reviewOrder).toEqual(['r', 'u', 't']);
  });
});
