import {
  connectTabSync,
  createCrosscheckStore,
  type CrosscheckStore,
} from '../../src/store/index.ts';
import { FakeStorage, TabBus } from './fake-storage.ts';

/** The key the tests save under. */
export const KEY = 'crosscheck:test';

/** A hand-made article: three sentences in two paragraphs. */
export const TEXT =
  'Fire at the harbour warehouse on Tuesday. Forty people were evacuated before midnight.\n\nThe cause is not yet known, officials said.';

/** Article 'a': TEXT, as the tests add it. */
export const ARTICLE_A = {
  id: 'a',
  text: TEXT,
  title: 'A',
  outlet: 'Wire',
  date: null,
  url: '',
  addedAt: 0,
};

/** Offsets of a quote in TEXT. */
export const spanOf = (quote: string, text = TEXT) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

/** A store on a fake storage, with an empty review holding article 'a' (TEXT) open. */
export function storeWithArticle(storage = new FakeStorage()): {
  store: CrosscheckStore;
  storage: FakeStorage;
} {
  const store = createCrosscheckStore({ getStorage: () => storage, key: KEY });
  store.getState().createReview('Test review');
  store.getState().addArticle(ARTICLE_A);
  return { store, storage };
}

/** The open review. */
export const activeReview = (store: CrosscheckStore) =>
  store.getState().reviews[store.getState().activeReviewId]!;

/** The saved payload's state, parsed. */
export const saved = (storage: FakeStorage) =>
  (
    JSON.parse(storage.data.get(KEY) ?? 'null') as {
      state: ReturnType<CrosscheckStore['getState']>;
    } | null
  )?.state;

/** Two tabs on one storage; the second opens after the first saved a review with ARTICLE_A. */
export function twoTabs() {
  const bus = new TabBus();
  const t1 = bus.tab();
  const one = createCrosscheckStore({ getStorage: () => t1.storage, key: KEY });
  connectTabSync(one, KEY, t1.win);
  one.getState().createReview('Shared');
  one.getState().addArticle(ARTICLE_A);
  const t2 = bus.tab();
  const two = createCrosscheckStore({ getStorage: () => t2.storage, key: KEY });
  connectTabSync(two, KEY, t2.win);
  bus.flush();
  return { bus, one, two, storage: t1.storage, win1: t1.win, writes2: t2.writes };
}
