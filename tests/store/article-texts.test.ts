import { describe, expect, it, vi } from 'vitest';
import { createCrosscheckStore, type CrosscheckStore } from '../../src/store/index.ts';
import { SAVED_VERSION } from '../../src/store/migrations.ts';
import { createTextShelf, withSharedTexts, type TextShelf } from '../../src/store/text-shelf.ts';
import { rememberTexts, textKey } from '../../src/store/texts.ts';
import fixture2 from '../fixtures/store/saved-v2.json';
import { FakeStorage, FakeWindow } from './fake-storage.ts';
import { ARTICLE_A, KEY, spanOf } from './helpers.ts';

/** A Storage that, like a browser's localStorage, holds about 5 million characters in all. */
class SmallStorage extends FakeStorage {
  override setItem(key: string, value: string) {
    let used = 0;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > 5_000_000)
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

let dbs = 0;
/** A shelf on a fresh fake IndexedDB database. */
const newShelf = () => createTextShelf(`texts-test-${(dbs += 1)}`, 'texts');

const open = (storage: Storage, texts: TextShelf | null) =>
  createCrosscheckStore({ getStorage: () => storage, key: KEY, texts });
const activeReview = (store: CrosscheckStore) =>
  store.getState().reviews[store.getState().activeReviewId]!;
const payloadOf = (storage: FakeStorage) =>
  JSON.parse(storage.data.get(KEY) ?? 'null') as {
    version: number;
    state: { texts: Record<string, string>; reviews: Record<string, { articles: object[] }> };
  } | null;

/** A long article of distinct numbered sentences: about `chars` characters. */
function bigText(chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < chars; k += 1) {
    const s = `Paragraph ${k} reports that ${k * 7} boats left the harbour before noon on day ${k}.`;
    parts.push(s);
    n += s.length + 2;
  }
  return parts.join('\n\n');
}

/** A page load: reads the texts the save names into the page, as main.tsx does, then opens a store. */
async function reload(storage: FakeStorage, dbName: string) {
  const shelf = createTextShelf(dbName, 'texts');
  const raw = storage.data.get(KEY) ?? null;
  const keys = [...(raw ?? '').matchAll(/"textKey":"([^"]+)"/g)].map((m) => m[1]!);
  await shelf.fetch(keys);
  return open(storage, shelf);
}

describe('article texts in IndexedDB', () => {
  it('keeps a 4.9 MB article and a later mark near its end across a reload', async () => {
    const dbName = `texts-test-big-${(dbs += 1)}`;
    const storage = new SmallStorage();
    const store = open(storage, createTextShelf(dbName, 'texts'));
    store.getState().createReview('Big');
    const text = bigText(4_900_000);
    store.getState().addArticle({ ...ARTICLE_A, id: 'big', text });
    const last = text.slice(text.lastIndexOf('\n\n') + 2);
    const at = text.length - last.length;
    store.getState().markSentence('big', at, text.length, 'verified');
    await vi.waitFor(() => expect(payloadOf(storage)?.state.reviews).toBeDefined());
    await vi.waitFor(() =>
      expect(JSON.stringify(payloadOf(storage))).toContain(`sentence:${at}-${text.length}`),
    );
    expect(store.getState().fault).toBeNull();
    expect(storage.data.get(KEY)!.length).toBeLessThan(10_000);

    const again = await reload(storage, dbName);
    expect(again.getState().fault).toBeNull();
    const review = activeReview(again);
    expect(review.articles[0]!.text).toBe(text);
    expect(Object.values(review.claims)[0]!.status).toBe('verified');
  });

  it('without a database the same article fills the storage and the banner says so', () => {
    const storage = new SmallStorage();
    const store = open(storage, null);
    store.getState().createReview('Big');
    store.getState().addArticle({ ...ARTICLE_A, id: 'big', text: bigText(4_900_000) });
    store.getState().setDiff({ ignoreCase: true });
    expect(store.getState().fault).toEqual({ kind: 'quota' });
  });

  it('moves the texts of a version-2 save into the database and writes a payload without them', async () => {
    const dbName = `texts-test-v2-${(dbs += 1)}`;
    const storage = new FakeStorage();
    storage.data.set(KEY, JSON.stringify(fixture2));
    const store = open(storage, createTextShelf(dbName, 'texts'));
    expect(store.getState().fault).toBeNull();
    await vi.waitFor(() => expect(payloadOf(storage)?.version).toBe(SAVED_VERSION));
    expect(payloadOf(storage)!.state.texts).toEqual({});
    expect(storage.data.get(KEY)).not.toContain('a council spokesperson told listeners');

    const again = await reload(storage, dbName);
    expect(again.getState().fault).toBeNull();
    expect(activeReview(again).articles[0]!.text).toMatch(/close for six weeks from Monday/);
    expect(activeReview(again).claims['sentence:29-101:gazette.txt']!.note).toBe(
      'Radio says two months.',
    );
  });

  it('when the database fails, saves the texts beside the marks and says the database is unusable', async () => {
    const shelf = newShelf();
    (shelf as { put: TextShelf['put'] }).put = async () => {
      shelf.onFail();
      (shelf as { usable: boolean }).usable = false;
    };
    const storage = new FakeStorage();
    const store = open(storage, shelf);
    store.getState().createReview('Fallback');
    store.getState().addArticle(ARTICLE_A);
    const first = spanOf('Fire at the harbour warehouse on Tuesday.');
    store.getState().markSentence('a', first.start, first.end, 'disputed');
    await vi.waitFor(() =>
      expect(payloadOf(storage)?.state.texts[textKey(ARTICLE_A.text)]).toBe(ARTICLE_A.text),
    );
    expect(store.getState().fault).toEqual({ kind: 'text-database' });
    const again = open(storage, null);
    expect(Object.values(activeReview(again).claims)[0]!.status).toBe('disputed');
  });

  it('says so at once when there is no IndexedDB at all, and still saves', () => {
    const real = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      const shelf = createTextShelf('none', 'texts');
      expect(shelf.usable).toBe(false);
      const storage = new FakeStorage();
      const store = open(storage, shelf);
      expect(store.getState().fault).toEqual({ kind: 'text-database' });
      store.getState().setDiff({ ignoreCase: true });
      expect(payloadOf(storage)?.version).toBe(SAVED_VERSION);
    } finally {
      vi.stubGlobal('indexedDB', real);
    }
  });

  it('keeps a save whose texts the database does not give back, untouched and backed up', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({
      version: SAVED_VERSION,
      state: {
        ...JSON.parse(JSON.stringify(fixture2.state)),
        reviews: {
          r: {
            id: 'r',
            name: 'Lost texts',
            createdAt: 1,
            updatedAt: 1,
            articles: [
              {
                id: 'x',
                textKey: 'tzz-never-stored',
                title: 'X',
                outlet: '',
                date: null,
                url: '',
                addedAt: 1,
              },
            ],
            claims: {},
            removedArticles: {},
            view: { base: null, order: [], hidden: [], collapsed: [] },
          },
        },
        reviewOrder: ['r'],
        activeReviewId: 'r',
        texts: {},
      },
    });
    storage.data.set(KEY, raw);
    const store = open(storage, newShelf());
    expect(store.getState().fault).toMatchObject({ kind: 'texts-missing', count: 1 });
    store.getState().setDiff({ ignoreCase: true });
    expect(storage.data.get(KEY)).toBe(raw);
    const backups = [...storage.data.keys()].filter((k) => k.startsWith(`${KEY}:backup:`));
    expect(backups.map((k) => storage.data.get(k))).toEqual([raw]);
  });
});

describe('two tabs and the texts between them', () => {
  it('hands another tab’s save to tab sync only once the texts it names are read, in order', async () => {
    const key = 'tq-only-in-the-database';
    const order: string[] = [];
    let release = () => {};
    const shelf: TextShelf = {
      usable: true,
      holds: () => false,
      put: async () => {},
      fetch: (keys) =>
        new Promise<void>((resolve) => {
          order.push(`fetch ${keys.join(',')}`);
          release = () => {
            rememberTexts([[key, 'A text only the database has.']]);
            resolve();
          };
        }),
      onFail: () => {},
    };
    const win = new FakeWindow();
    const wrapped = withSharedTexts(win, KEY, shelf);
    wrapped.addEventListener('storage', (e) => order.push(`event ${e.newValue}`));
    win.dispatch({ key: KEY, newValue: `{"textKey":"${key}"}` });
    win.dispatch({ key: KEY, newValue: '{"later":1}' });
    await Promise.resolve();
    expect(order).toEqual([`fetch ${key}`]);
    release();
    await vi.waitFor(() => expect(order).toHaveLength(3));
    expect(order.slice(1)).toEqual([`event {"textKey":"${key}"}`, 'event {"later":1}']);
  });
});
