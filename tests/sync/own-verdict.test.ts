import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCrosscheckStore, type CrosscheckStore } from '../../src/store/index.ts';
import { ownStatus } from '../../src/core/formats/types.ts';
import { bindStore } from '../../src/sync/bind-store.ts';
import { readReview, sharedClaims } from '../../src/sync/review-doc.ts';
import { TEAM_KEY } from '../../src/sync/team-settings.ts';
import { forgetOwnVerdicts, startTeam } from '../../src/sync/team.ts';
import type { Reviewer } from '../../src/sync/team-verdicts.ts';
import { FakeStorage } from '../store/fake-storage.ts';
import { ARTICLE_A, KEY, spanOf } from '../store/helpers.ts';
import { ana, ben, cai, eve } from './people.ts';

const SENTENCE = 'Forty people were evacuated before midnight.';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Documents that pass every update to all the others, as a sync server does. */
function hub(count: number): Y.Doc[] {
  const docs = Array.from({ length: count }, () => new Y.Doc());
  for (const doc of docs)
    doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin === 'hub') return;
      for (const other of docs) if (other !== doc) Y.applyUpdate(other, u, 'hub');
    });
  return docs;
}

const newStore = () => createCrosscheckStore({ getStorage: () => new FakeStorage(), key: KEY });

/**
 * Ana shares a review; every other reviewer opens it in their own store, bound to their own
 * document. Ana marks the sentence verified, then Ben disputed: the team disagrees.
 */
function disagreement(others: Reviewer[]) {
  const people = [ana, ...others];
  const docs = hub(people.length);
  const stores = people.map(() => newStore());
  const id = stores[0]!.getState().createReview('Flood story');
  stores[0]!.getState().addArticle(ARTICLE_A);
  people.forEach((who, i) => stops.push(bindStore(stores[i]!, id, docs[i]!, who)));
  for (const s of stores.slice(1)) s.getState().setActiveReview(id);
  const { start, end } = spanOf(SENTENCE);
  const claimId = stores[0]!.getState().markSentence('a', start, end, 'verified')!;
  stores[1]!.getState().markSentence('a', start, end, 'disputed');
  const claimOf = (s: CrosscheckStore) => s.getState().reviews[id]!.claims[claimId]!;
  const verdicts = (i: number) =>
    Object.entries(sharedClaims(docs[i]!)[claimId]!.verdicts)
      .filter(([, v]) => v.status !== null)
      .map(([by, v]) => `${by} ${v.status}`)
      .sort();
  return { stores, docs, id, claimId, claimOf, verdicts };
}

describe('a reviewer’s own verdict on a shared claim', () => {
  it('tells each reviewer their own verdict apart from the team’s, none for one who gave none', () => {
    const { stores, claimOf } = disagreement([ben, cai]);
    const [onAna, onBen, onCai] = stores.map(claimOf);
    expect([onAna?.mine, onBen?.mine, onCai?.mine]).toEqual(['verified', 'disputed', null]);
    // The team's state is the same disagreement for everyone.
    for (const c of [onAna, onBen, onCai])
      expect(c?.conflict?.map((v) => `${v.by} ${v.status}`)).toEqual([
        'reviewer:Ana verified',
        'reviewer:Ben disputed',
      ]);
  });

  it('records a third reviewer’s verdict that agrees with one side, for everyone to see', () => {
    const { stores, claimId, claimOf, verdicts } = disagreement([ben, cai]);
    stores[2]!.getState().setClaimStatus(claimId, 'disputed');
    expect(verdicts(0)).toEqual(['r-ana verified', 'r-ben disputed', 'r-cai disputed']);
    expect(claimOf(stores[2]!).mine).toBe('disputed');
    for (const s of stores)
      expect(claimOf(s).conflict?.map((v) => `${v.by} ${v.status}`)).toEqual([
        'reviewer:Ana verified',
        'reviewer:Ben disputed',
        'reviewer:Cai disputed',
      ]);
  });

  it('records a verdict that agrees with the team’s, so the exports name everyone who gave it', () => {
    const { stores, docs, id, claimId } = disagreement([ben, cai]);
    // Ben comes round to Ana's verdict: the team agrees, and Cai has given none.
    stores[1]!.getState().setClaimStatus(claimId, 'verified');
    const onCai = stores[2]!.getState().reviews[id]!.claims[claimId]!;
    expect([onCai.status, onCai.mine, onCai.conflict]).toEqual(['verified', null, undefined]);
    stores[2]!.getState().setClaimStatus(claimId, 'verified');
    expect(Object.keys(sharedClaims(docs[0]!)[claimId]!.verdicts).sort()).toEqual([
      'r-ana',
      'r-ben',
      'r-cai',
    ]);
    expect(stores[2]!.getState().reviews[id]!.claims[claimId]!.mine).toBe('verified');
  });

  it('clears only this reviewer’s verdict when they take back the one they gave', () => {
    const { stores, claimId, claimOf, verdicts } = disagreement([ben, cai]);
    stores[2]!.getState().setClaimStatus(claimId, 'disputed');
    stores[2]!.getState().setClaimStatus(claimId, null);
    expect(verdicts(1)).toEqual(['r-ana verified', 'r-ben disputed']);
    expect(claimOf(stores[2]!).mine).toBeNull();
    expect(claimOf(stores[1]!).conflict).toHaveLength(2);
    // Ana takes hers back too: Ben's verdict is the team's, and no one is in disagreement.
    stores[0]!.getState().setClaimStatus(claimId, null);
    for (const s of stores) {
      expect(claimOf(s).status).toBe('disputed');
      expect(claimOf(s).conflict).toBeUndefined();
    }
    expect(claimOf(stores[0]!).mine).toBeNull();
    expect(claimOf(stores[1]!).mine).toBe('disputed');
  });

  it('takes back this reviewer’s verdict on undo, both a new mark and a changed one', () => {
    const { stores, id, claimId, claimOf, verdicts } = disagreement([ben, cai]);
    stores[2]!.getState().setClaimStatus(claimId, 'unsourced');
    stores[2]!.getState().undo();
    expect(verdicts(0)).toEqual(['r-ana verified', 'r-ben disputed']);
    expect(claimOf(stores[2]!).mine).toBeNull();
    // Ana marks another sentence, then undoes it: the claim has no verdict left, for anyone.
    const { start, end } = spanOf('The cause is not yet known, officials said.');
    const other = stores[0]!.getState().markSentence('a', start, end, 'unsourced')!;
    expect(stores[1]!.getState().reviews[id]!.claims[other]?.status).toBe('unsourced');
    stores[0]!.getState().undo();
    expect(stores.map((s) => s.getState().reviews[id]!.claims[other]?.status)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('applies this reviewer’s own verdict to counterparts, not the team’s', () => {
    const { stores, docs, id, claimId } = disagreement([ben, cai]);
    const target = { articleId: 'a', ...spanOf('The cause is not yet known, officials said.') };
    // Cai has given no verdict: there is nothing of his to apply.
    expect(stores[2]!.getState().applyToCounterparts(claimId, [target])).toEqual([]);
    stores[2]!.getState().setClaimStatus(claimId, 'unsourced');
    const [other] = stores[2]!.getState().applyToCounterparts(claimId, [target]);
    const verdicts = sharedClaims(docs[0]!)[other!]!.verdicts;
    expect(Object.entries(verdicts).map(([by, v]) => `${by} ${v.status}`)).toEqual([
      'r-cai unsourced',
    ]);
    expect(stores[0]!.getState().reviews[id]!.claims[other!]?.status).toBe('unsourced');
  });

  it('makes an editor’s verdict final even when it is the one the team already shows', () => {
    const { stores, claimId, claimOf, docs } = disagreement([ben, eve]);
    expect(claimOf(stores[2]!).status).toBe('disputed');
    stores[2]!.getState().setClaimStatus(claimId, 'disputed');
    expect(sharedClaims(docs[0]!)[claimId]?.final?.status).toBe('disputed');
    for (const s of stores) {
      expect(claimOf(s).status).toBe('disputed');
      expect(claimOf(s).conflict).toBeUndefined();
    }
    expect(claimOf(stores[0]!).mine).toBe('verified');
  });

  it('gives a copy of a shared review the team’s statuses, without this reviewer’s own verdicts', () => {
    const { stores, id, claimId } = disagreement([ben, cai]);
    const copy = stores[2]!.getState().duplicateReview(id);
    const c = stores[2]!.getState().reviews[copy]!.claims[claimId]!;
    expect(c.status).toBe('disputed');
    expect('mine' in c).toBe(false);
  });

  it('forgets this reviewer’s own verdicts on a review no longer shared here, keeping its statuses', () => {
    const { stores, id, claimOf, verdicts } = disagreement([ben, cai]);
    forgetOwnVerdicts(stores[2]!, [id]);
    expect(claimOf(stores[2]!).mine).toBeNull();
    // Cai, who gave no verdict, stops sharing it while his store is still bound: the team's
    // status becomes the private review's, and is not taken for a verdict of his.
    forgetOwnVerdicts(stores[2]!, []);
    const c = claimOf(stores[2]!);
    expect('mine' in c).toBe(false);
    expect([c.status, ownStatus(c)]).toEqual(['disputed', 'disputed']);
    expect(verdicts(0)).toEqual(['r-ana verified', 'r-ben disputed']);
  });

  it('drops the own verdicts of reviews this browser does not share when the team starts', () => {
    const { stores, claimOf } = disagreement([ben]);
    expect(claimOf(stores[1]!).mine).toBe('disputed');
    localStorage.removeItem(TEAM_KEY);
    const stop = startTeam(stores[1]!);
    stop();
    expect('mine' in claimOf(stores[1]!)).toBe(false);
  });

  it('reads a claim as a reviewer with no verdict sees it: the team’s status, none of their own', () => {
    const { docs, id, claimId } = disagreement([ben]);
    const c = readReview(docs[0]!, cai.id)!.claims[claimId]!;
    expect(readReview(docs[0]!, cai.id)?.id).toBe(id);
    expect(c.status).toBe('disputed');
    expect(c.mine).toBeNull();
  });
});
