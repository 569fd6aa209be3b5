import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCrosscheckStore, type CrosscheckStore } from '../../src/store/index.ts';
import { bindStore } from '../../src/sync/bind-store.ts';
import type { Reviewer } from '../../src/sync/team-verdicts.ts';
import { FakeStorage } from '../store/fake-storage.ts';
import { activeReview, ARTICLE_A, KEY, spanOf } from '../store/helpers.ts';

const ana: Reviewer = { id: 'r-ana', name: 'Ana', colour: '#1f77b4', role: 'reviewer' };
const ben: Reviewer = { id: 'r-ben', name: 'Ben', colour: '#d62728', role: 'reviewer' };
const SENTENCE = 'Forty people were evacuated before midnight.';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Two documents passing each update to the other while `online.value` is true. */
function linkedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const online = { value: true };
  a.on('update', (u: Uint8Array, origin: unknown) => {
    if (online.value && origin !== 'link') Y.applyUpdate(b, u, 'link');
  });
  b.on('update', (u: Uint8Array, origin: unknown) => {
    if (online.value && origin !== 'link') Y.applyUpdate(a, u, 'link');
  });
  const reconnect = () => {
    online.value = true;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'link');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'link');
  };
  return { a, b, online, reconnect };
}

const newStore = () => createCrosscheckStore({ getStorage: () => new FakeStorage(), key: KEY });

/** Ana's store with a review on article 'a', and Ben's fresh store; both bound to linked documents. */
function team(): {
  one: CrosscheckStore;
  two: CrosscheckStore;
  id: string;
  link: ReturnType<typeof linkedDocs>;
} {
  const one = newStore();
  const id = one.getState().createReview('Harbour fire');
  one.getState().addArticle(ARTICLE_A);
  const two = newStore();
  const link = linkedDocs();
  stops.push(bindStore(one, id, link.a, ana), bindStore(two, id, link.b, ben));
  return { one, two, id, link };
}

describe('a shared review bound to the store', () => {
  it('brings the sharer’s review into a colleague’s store, and each one’s verdict to the other', () => {
    const { one, two, id } = team();
    expect(two.getState().reviews[id]?.articles.map((a) => a.id)).toEqual(['a']);
    const { start, end } = spanOf(SENTENCE);
    const claimId = one.getState().markSentence('a', start, end, 'verified')!;
    expect(two.getState().reviews[id]?.claims[claimId]?.status).toBe('verified');
    two.getState().setActiveReview(id);
    two.getState().setNote(claimId, 'Fire service count');
    expect(activeReview(two).claims[claimId]?.note).toBe('Fire service count');
    // Ana sees her own (empty) note field; Ben's note is his, kept in the document.
    expect(one.getState().reviews[id]?.claims[claimId]?.note).toBe('');
  });

  it('shows both verdicts as a disagreement after two reviewers marked one claim apart', () => {
    const { one, two, id, link } = team();
    two.getState().setActiveReview(id);
    link.online.value = false;
    const { start, end } = spanOf(SENTENCE);
    const claimId = one.getState().markSentence('a', start, end, 'verified')!;
    two.getState().markSentence('a', start, end, 'disputed');
    link.reconnect();
    for (const [store, own] of [
      [one, 'verified'],
      [two, 'disputed'],
    ] as const) {
      const c = store.getState().reviews[id]!.claims[claimId]!;
      expect(c.status).toBe(own);
      expect(c.conflict?.map((v) => `${v.by} ${v.status}`).sort()).toEqual([
        'reviewer:Ana verified',
        'reviewer:Ben disputed',
      ]);
    }
  });

  it('does not bring back a shared review deleted here when the others change it', () => {
    const { one, two, id } = team();
    two.getState().deleteReview(id);
    expect(two.getState().reviews[id]).toBeUndefined();
    const { start, end } = spanOf(SENTENCE);
    one.getState().markSentence('a', start, end, 'disputed');
    expect(two.getState().reviews[id]).toBeUndefined();
  });

  it('keeps a verdict given here before the document was bound, beside the team’s', () => {
    const { one, two, id, link } = team();
    const { start, end } = spanOf(SENTENCE);
    const claimId = one.getState().markSentence('a', start, end, 'verified')!;
    // Ben's page reloads: his store and the document are bound again, but he marks before that.
    const benDoc = new Y.Doc();
    Y.applyUpdate(benDoc, Y.encodeStateAsUpdate(link.b));
    stops.splice(1, 1)[0]!();
    two.getState().setActiveReview(id);
    two.getState().markSentence('a', start, end, 'disputed');
    stops.push(bindStore(two, id, benDoc, ben));
    const c = two.getState().reviews[id]!.claims[claimId]!;
    expect(c.status).toBe('disputed');
    expect(c.conflict?.map((v) => v.by).sort()).toEqual(['reviewer:Ana', 'reviewer:Ben']);
  });

  it('leaves an unshared review alone', () => {
    const { one, two } = team();
    const other = two.getState().createReview('Private notes');
    expect(one.getState().reviews[other]).toBeUndefined();
  });
});
