// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClaimData, ReviewData } from '../../src/core/formats/types.ts';
import { readReview, sharedClaims, writeReview } from '../../src/sync/review-doc.ts';
import { teamExportOf } from '../../src/sync/team-export.ts';
import type { Reviewer } from '../../src/sync/team-verdicts.ts';
import { ana, ben, claimOn, eve } from './people.ts';

const TEXT = 'The ferry carried 140 passengers. It was licensed for 120.';
const claim = (id: string, quote: string) => claimOn(TEXT, id, quote);

const start: ReviewData = {
  id: 'rev-ferry',
  name: 'Ferry',
  createdAt: 1000,
  updatedAt: 1000,
  articles: [
    { id: 'a', text: TEXT, title: 'Ferry', outlet: '', date: null, url: '', addedAt: 1000 },
  ],
  claims: {
    c1: claim('c1', 'The ferry carried 140 passengers.'),
    c2: claim('c2', 'It was licensed for 120.'),
  },
  removedArticles: {},
  view: { base: 'a', order: [], hidden: [], collapsed: [] },
};

/**
 * Reviewer `me` gives claim `id` a verdict (and a note) on `doc`, as the store binding writes it;
 * a verdict on a claim in disagreement settles it (the conflict panel's "Keep").
 */
function mark(doc: Y.Doc, me: Reviewer, id: string, patch: Partial<ClaimData>, at: number): void {
  const before = readReview(doc, me.id)!;
  const { conflict: _settled, ...rest } = before.claims[id]!;
  // The store gives a verdict on a shared claim as this reviewer's own (mine) as well as its status.
  const own = patch.status !== undefined ? { mine: patch.status } : {};
  const c = { ...rest, ...patch, ...own, verdictAt: at, updatedAt: at };
  writeReview(doc, before, { ...before, claims: { ...before.claims, [id]: c } }, me, at);
}

describe('a shared review’s verdicts for the exports', () => {
  it('gives a disagreement with each reviewer’s verdict, an agreement, then an editor’s final verdict', () => {
    const doc = new Y.Doc();
    writeReview(doc, null, start, ana, 1500);
    mark(doc, ana, 'c1', { status: 'verified', note: 'Manifest says 140' }, 2000);
    mark(doc, ben, 'c1', { status: 'disputed' }, 2100);
    mark(doc, ana, 'c2', { status: 'unsourced' }, 2200);
    mark(doc, ben, 'c2', { status: 'unsourced' }, 2300);
    let team = teamExportOf(sharedClaims(doc));
    expect(team.reviewers).toEqual([
      { id: 'r-ana', name: 'Ana' },
      { id: 'r-ben', name: 'Ben' },
    ]);
    expect(team.claims.c1).toEqual({
      outcome: 'disagreement',
      status: null,
      reviewers: [
        {
          reviewer: 'r-ana',
          name: 'Ana',
          status: 'verified',
          at: 2000,
          note: 'Manifest says 140',
          noteAt: 2000,
        },
        { reviewer: 'r-ben', name: 'Ben', status: 'disputed', at: 2100, note: '', noteAt: null },
      ],
    });
    expect(team.claims.c2).toMatchObject({ outcome: 'agreed', status: 'unsourced' });
    mark(doc, eve, 'c1', { status: 'disputed' }, 2400);
    team = teamExportOf(sharedClaims(doc));
    expect(team.claims.c1).toMatchObject({ outcome: 'final', status: 'disputed' });
    expect(team.claims.c1!.reviewers.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Eve']);
  });
});
