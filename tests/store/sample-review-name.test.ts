import { describe, expect, it } from 'vitest';
import manifest from '../../seeds/manifest.json';
import { createCrosscheckStore, type CrosscheckStore } from '../../src/store/index.ts';
import { newReviewName, NEW_REVIEW_NAME } from '../../src/store/seed-review.ts';
import { FakeStorage } from './fake-storage.ts';
import { activeReview, KEY } from './helpers.ts';

const SAMPLE_NAME = manifest.reviewName;

/** A reviewer's own article, as an import adds it. */
const own = (id: string, title: string) => ({
  id,
  text: `${title}. The council met on Monday and voted nine to four.\n\nThe mayor did not attend.`,
  title,
  outlet: '',
  date: null,
  url: '',
  addedAt: 0,
});

/** A store on fresh storage: it opens on the sample review. */
function freshStore(): CrosscheckStore {
  const storage = new FakeStorage();
  return createCrosscheckStore({ getStorage: () => storage, key: KEY });
}

const removeSamples = (store: CrosscheckStore) => {
  for (const { id } of activeReview(store).articles.filter((a) => !a.id.startsWith('own-')))
    store.getState().removeArticle(id);
};

describe('the sample review’s name', () => {
  it('is the manifest’s name while the review holds a sample article', () => {
    const store = freshStore();
    expect(activeReview(store).name).toBe(SAMPLE_NAME);
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    const [first, ...others] = activeReview(store).articles.filter((a) => a.id !== 'own-1');
    for (const a of others) store.getState().removeArticle(a.id);
    expect(activeReview(store).articles.map((a) => a.id)).toEqual([first!.id, 'own-1']);
    expect(activeReview(store).name).toBe(SAMPLE_NAME);
  });

  it('takes the first own article’s title when the samples are removed and own articles loaded', () => {
    const store = freshStore();
    removeSamples(store);
    // Empty: nothing to name it after yet.
    expect(activeReview(store).articles).toEqual([]);
    expect(activeReview(store).name).toBe(SAMPLE_NAME);
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    expect(activeReview(store).name).toBe('Council votes on the bridge');
    // Once named, the name stays as more articles come.
    store.getState().addArticle(own('own-2', 'Bridge plan passes'));
    expect(activeReview(store).name).toBe('Council votes on the bridge');
  });

  it('takes the first own article’s title when the own articles came first', () => {
    const store = freshStore();
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    store.getState().addArticle(own('own-2', 'Bridge plan passes'));
    removeSamples(store);
    expect(activeReview(store).name).toBe('Council votes on the bridge');
  });

  it('never changes a name the reviewer typed', () => {
    const store = freshStore();
    const id = store.getState().activeReviewId;
    store.getState().renameReview(id, 'Bridge vote, week 12');
    removeSamples(store);
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    expect(activeReview(store).name).toBe('Bridge vote, week 12');
  });

  it('never renames another review that holds no sample', () => {
    const store = freshStore();
    store.getState().createReview('My review');
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    expect(activeReview(store).name).toBe('My review');
  });

  it('cuts a long title at a word, and uses the file name when there is no title', () => {
    const store = freshStore();
    removeSamples(store);
    const long = `${'Council '.repeat(12)}votes`;
    store.getState().addArticle(own('own-1', long));
    const name = activeReview(store).name;
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^Council( Council)+…$/);

    const other = freshStore();
    removeSamples(other);
    other.getState().addArticle(own('own-notes.txt', '  '));
    expect(activeReview(other).name).toBe('own-notes.txt');
  });

  it('numbers a new review’s name while another has it, and names it after its first article', () => {
    const store = freshStore();
    const names = () =>
      store.getState().reviewOrder.map((id) => store.getState().reviews[id]!.name);
    store.getState().createReview(newReviewName(names()));
    store.getState().createReview(newReviewName(names()));
    expect(names().slice(1)).toEqual([NEW_REVIEW_NAME, `${NEW_REVIEW_NAME} 2`]);
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    store.getState().addArticle(own('own-2', 'Bridge plan passes'));
    expect(activeReview(store).name).toBe('Council votes on the bridge');
    // The name is free again: the next new review takes it.
    expect(newReviewName(names())).toBe(`${NEW_REVIEW_NAME} 2`);
    store.getState().createReview(newReviewName(names()));
    expect(newReviewName(names())).toBe(`${NEW_REVIEW_NAME} 3`);
  });

  it('renames a new review only when its first article comes, not a filled one named like it', () => {
    const store = freshStore();
    store.getState().createReview(NEW_REVIEW_NAME);
    store.getState().addArticle(own('own-1', 'Council votes on the bridge'));
    const id = store.getState().activeReviewId;
    // The reviewer saves "New review 2" as the name of the filled review.
    store.getState().renameReview(id, `${NEW_REVIEW_NAME} 2`);
    store.getState().addArticle(own('own-2', 'Bridge plan passes'));
    expect(activeReview(store).name).toBe(`${NEW_REVIEW_NAME} 2`);
    store.getState().removeArticle('own-1');
    expect(activeReview(store).name).toBe(`${NEW_REVIEW_NAME} 2`);
  });
});
