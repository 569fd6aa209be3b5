// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClaimData, ReviewData } from '../../src/core/formats/types.ts';
import { readReview, sharedClaims, writeReview } from '../../src/sync/review-doc.ts';
import { ana, ben, claimOn, eve } from './people.ts';

const TEXT =
  'The bridge reopened on Monday after nine weeks. About 12,000 cars cross it each day.\n\nRepairs cost 3.4 million euros, the city said.';

const claim = (id: string, quote: string, patch: Partial<ClaimData> = {}) =>
  claimOn(TEXT, id, quote, patch);

function review(claims: ClaimData[] = []): ReviewData {
  return {
    id: 'rev-1',
    name: 'Bridge story',
    createdAt: 1000,
    updatedAt: 1000,
    articles: [
      {
        id: 'a',
        text: TEXT,
        title: 'Bridge',
        outlet: 'Gazette',
        date: null,
        url: '',
        addedAt: 1000,
      },
    ],
    claims: Object.fromEntries(claims.map((c) => [c.id, c])),
    removedArticles: {},
    view: { base: 'a', order: [], hidden: [], collapsed: [] },
    triage: { 'figure|x': { status: 'confirmed', at: 1500 } },
  };
}

/** Exchanges both documents' updates, as a reconnect does. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Two documents that both hold the review Ana shared, then went apart (offline). */
function sharedPair(start: ReviewData): { a: Y.Doc; b: Y.Doc } {
  const a = new Y.Doc();
  const b = new Y.Doc();
  writeReview(a, null, start, ana, 2000);
  exchange(a, b);
  return { a, b };
}

/**
 * The review with one claim changed, as the store gives it after an edit: a verdict on a shared
 * claim is this reviewer's own (mine) as well as its status.
 */
function edit(r: ReviewData, id: string, patch: Partial<ClaimData>): ReviewData {
  const was = r.claims[id]!;
  const own = patch.status !== undefined && was.mine !== undefined ? { mine: patch.status } : {};
  return { ...r, claims: { ...r.claims, [id]: { ...was, ...patch, ...own } } };
}

describe('a review as a Yjs document', () => {
  it('gives back the articles, claims, notes, evidence and triage it was given', () => {
    const start = review([
      claim('c1', 'The bridge reopened on Monday after nine weeks.', {
        status: 'verified',
        note: 'City press release',
        evidence: ['https://example.org/release'],
      }),
    ]);
    const doc = new Y.Doc();
    writeReview(doc, null, start, ana, 2000);
    const back = readReview(doc, ana.id)!;
    expect(back.articles).toEqual(start.articles);
    expect(back.triage).toEqual(start.triage);
    expect(back.claims.c1).toMatchObject({
      status: 'verified',
      note: 'City press release',
      evidence: ['https://example.org/release'],
      anchor: start.claims.c1!.anchor,
    });
    expect(back.claims.c1!.conflict).toBeUndefined();
  });

  it('keeps both verdicts when two reviewers mark one claim differently at once', () => {
    const start = review([claim('c1', 'About 12,000 cars cross it each day.')]);
    const { a, b } = sharedPair(start);
    const onA = readReview(a, ana.id)!;
    const onB = readReview(b, ben.id)!;
    writeReview(a, onA, edit(onA, 'c1', { status: 'verified', verdictAt: 3000 }), ana, 3000);
    writeReview(b, onB, edit(onB, 'c1', { status: 'disputed', verdictAt: 3001 }), ben, 3001);
    exchange(a, b);
    for (const [doc, me, own] of [
      [a, ana, 'verified'],
      [b, ben, 'disputed'],
    ] as const) {
      expect(sharedClaims(doc).c1!.verdicts).toEqual({
        'r-ana': { status: 'verified', at: 3000, name: 'Ana' },
        'r-ben': { status: 'disputed', at: 3001, name: 'Ben' },
      });
      const c = readReview(doc, me.id)!.claims.c1!;
      expect(c.status).toBe(own);
      expect(c.conflict).toEqual([
        { status: 'verified', by: 'reviewer:Ana', at: 3000 },
        { status: 'disputed', by: 'reviewer:Ben', at: 3001 },
      ]);
    }
  });

  it('keeps both verdicts when two reviewers create the same claim at once', () => {
    const { a, b } = sharedPair(review());
    const fresh = claim('c9', 'About 12,000 cars cross it each day.');
    const onA = readReview(a, ana.id)!;
    const onB = readReview(b, ben.id)!;
    writeReview(a, onA, { ...onA, claims: { c9: { ...fresh, status: 'verified' } } }, ana, 3000);
    writeReview(b, onB, { ...onB, claims: { c9: { ...fresh, status: 'disputed' } } }, ben, 3001);
    exchange(a, b);
    for (const doc of [a, b])
      expect(Object.keys(sharedClaims(doc).c9!.verdicts).sort()).toEqual(['r-ana', 'r-ben']);
  });

  it('counts a disagreement until an editor sets the final verdict, which later differing verdicts reopen', () => {
    const start = review([claim('c1', 'Repairs cost 3.4 million euros, the city said.')]);
    const { a, b } = sharedPair(start);
    const onA = readReview(a, ana.id)!;
    writeReview(a, onA, edit(onA, 'c1', { status: 'verified', verdictAt: 3000 }), ana, 3000);
    const onB = readReview(b, ben.id)!;
    writeReview(b, onB, edit(onB, 'c1', { status: 'unsourced', verdictAt: 3001 }), ben, 3001);
    exchange(a, b);
    // The editor works on a third copy and keeps 'unsourced'.
    const e = new Y.Doc();
    exchange(a, e);
    const onE = readReview(e, eve.id)!;
    expect(onE.claims.c1!.conflict).toHaveLength(2);
    const { conflict: _c, ...kept } = onE.claims.c1!;
    writeReview(
      e,
      onE,
      {
        ...onE,
        claims: { c1: { ...kept, status: 'unsourced', mine: 'unsourced', verdictAt: 4000 } },
      },
      eve,
      4000,
    );
    exchange(e, a);
    exchange(a, b);
    for (const [doc, me] of [
      [a, ana],
      [b, ben],
    ] as const) {
      const c = readReview(doc, me.id)!.claims.c1!;
      expect(c.status).toBe('unsourced');
      expect(c.conflict).toBeUndefined();
      expect(c.by).toBe('reviewer:Eve');
    }
    // Ana, after the final verdict, still says verified: the claim is disputed again.
    const later = readReview(a, ana.id)!;
    writeReview(a, later, edit(later, 'c1', { status: null, verdictAt: 5000 }), ana, 5000);
    const cleared = readReview(a, ana.id)!;
    writeReview(
      a,
      cleared,
      edit(cleared, 'c1', { status: 'verified', verdictAt: 5001 }),
      ana,
      5001,
    );
    expect(readReview(a, ana.id)!.claims.c1!.conflict?.map((v) => v.by)).toEqual([
      'reviewer:Eve',
      'reviewer:Ana',
    ]);
  });

  it('keeps each reviewer’s note with its author and time', () => {
    const start = review([claim('c1', 'About 12,000 cars cross it each day.')]);
    const { a, b } = sharedPair(start);
    const onA = readReview(a, ana.id)!;
    const onB = readReview(b, ben.id)!;
    writeReview(
      a,
      onA,
      edit(onA, 'c1', { note: 'Traffic count from 2023', updatedAt: 3100 }),
      ana,
      3100,
    );
    writeReview(
      b,
      onB,
      edit(onB, 'c1', { note: 'Ask the city for the new count', updatedAt: 3200 }),
      ben,
      3200,
    );
    exchange(a, b);
    expect(sharedClaims(b).c1!.notes).toEqual({
      'r-ana': { text: 'Traffic count from 2023', at: 3100, name: 'Ana' },
      'r-ben': { text: 'Ask the city for the new count', at: 3200, name: 'Ben' },
    });
    expect(readReview(a, ana.id)!.claims.c1!.note).toBe('Traffic count from 2023');
    expect(readReview(a, ben.id)!.claims.c1!.note).toBe('Ask the city for the new count');
  });

  it('merges work done offline on both sides: new claims, evidence, triage and verdicts', () => {
    const start = review([claim('c1', 'The bridge reopened on Monday after nine weeks.')]);
    const { a, b } = sharedPair(start);
    const onA = readReview(a, ana.id)!;
    const nextA = edit(onA, 'c1', {
      evidence: ['https://example.org/a'],
      status: 'verified',
      verdictAt: 3000,
    });
    writeReview(a, onA, nextA, ana, 3000);
    const onB = readReview(b, ben.id)!;
    const c2 = claim('c2', 'Repairs cost 3.4 million euros, the city said.', {
      status: 'disputed',
      verdictAt: 3050,
    });
    const nextB = {
      ...edit(onB, 'c1', { evidence: ['https://example.org/b'] }),
      triage: { ...onB.triage, 'name|y': { status: 'dismissed' as const, at: 3060 } },
    };
    nextB.claims = { ...nextB.claims, c2 };
    writeReview(b, onB, nextB, ben, 3050);
    exchange(a, b);
    const seenA = readReview(a, ana.id)!;
    const seenB = readReview(b, ben.id)!;
    for (const seen of [seenA, seenB]) {
      expect([...seen.claims.c1!.evidence].sort()).toEqual([
        'https://example.org/a',
        'https://example.org/b',
      ]);
      expect(seen.claims.c1!.status).toBe('verified');
      expect(seen.claims.c2!.status).toBe('disputed');
      expect(Object.keys(seen.triage ?? {}).sort()).toEqual(['figure|x', 'name|y']);
    }
    expect(seenA).toEqual({ ...seenB, claims: seenA.claims });
  });
});
