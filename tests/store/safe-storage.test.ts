import { describe, expect, it } from 'vitest';
import { createCrosscheckStore, downloadableBackup } from '../../src/store/index.ts';
import { SAVED_VERSION } from '../../src/store/migrations.ts';
import { createSafeStorage } from '../../src/store/safe-storage.ts';
import { FakeStorage } from './fake-storage.ts';
import { KEY, saved, storeWithArticle } from './helpers.ts';

const open = (storage: FakeStorage) =>
  createCrosscheckStore({ getStorage: () => storage, key: KEY });
const backupsOf = (storage: FakeStorage) =>
  [...storage.data.keys()].filter((k) => k.startsWith(`${KEY}:backup:`));

describe('saving through a fault-tolerant storage', () => {
  it('keeps working in memory when the quota is full and clears the fault once a save succeeds', () => {
    const { store, storage } = storeWithArticle();
    storage.mode = 'quota';
    store.getState().renameReview(store.getState().activeReviewId, 'Renamed while full');
    expect(store.getState().fault).toEqual({ kind: 'quota' });
    expect(store.getState().reviews[store.getState().activeReviewId]!.name).toBe(
      'Renamed while full',
    );
    expect(saved(storage)?.reviews[store.getState().activeReviewId]?.name).not.toBe(
      'Renamed while full',
    );
    storage.mode = 'ok';
    store.getState().setDiff({ ignoreCase: true });
    expect(store.getState().fault).toBeNull();
    expect(saved(storage)?.reviews[store.getState().activeReviewId]?.name).toBe(
      'Renamed while full',
    );
  });

  it('reports unavailable storage and still starts on the seeds', () => {
    const store = createCrosscheckStore({
      key: KEY,
      getStorage: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(store.getState().fault).toEqual({ kind: 'unavailable' });
    expect(Object.keys(store.getState().reviews)).toHaveLength(1);
    store.getState().createReview('still works');
    expect(store.getState().reviewOrder).toHaveLength(2);
  });

  it('reports storage that throws on access', () => {
    const storage = new FakeStorage();
    storage.mode = 'security';
    expect(open(storage).getState().fault).toEqual({ kind: 'unavailable' });
  });

  it('backs up unparseable data, reports it and starts on the seeds', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{"state": {"reviews": ');
    const store = open(storage);
    const [backupKey] = backupsOf(storage);
    expect(store.getState().fault).toEqual({ kind: 'corrupt', backupKey });
    expect(storage.data.get(backupKey!)).toBe('{"state": {"reviews": ');
    expect(
      store.getState().reviews[store.getState().activeReviewId]!.articles.length,
    ).toBeGreaterThan(0);
  });

  it('treats valid JSON of the wrong shape as corrupt', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ state: { reviews: { x: { id: 'x' } } }, version: SAVED_VERSION });
    storage.data.set(KEY, raw);
    const store = open(storage);
    expect(store.getState().fault?.kind).toBe('corrupt');
    expect(storage.data.get(backupsOf(storage)[0]!)).toBe(raw);
  });

  it('never overwrites data saved by a newer version and backs it up', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ state: { future: true }, version: SAVED_VERSION + 1 });
    storage.data.set(KEY, raw);
    const store = open(storage);
    expect(store.getState().fault).toEqual({
      kind: 'newer',
      version: SAVED_VERSION + 1,
      backupKey: backupsOf(storage)[0],
    });
    store.getState().createReview('not saved');
    expect(storage.data.get(KEY)).toBe(raw);
  });

  it('offers the current work and every backup as one download', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, 'not json');
    const store = open(storage);
    const file = JSON.parse(downloadableBackup(store)) as {
      current: { version: number; state: { reviewOrder: string[] } };
      backups: Array<{ key: string; raw: string }>;
    };
    expect(file.current.version).toBe(SAVED_VERSION);
    expect(file.current.state.reviewOrder).toEqual(store.getState().reviewOrder);
    expect(file.backups).toEqual([{ key: backupsOf(storage)[0], raw: 'not json' }]);
  });
});

describe('a save waiting for its texts to be stored', () => {
  it('is written with its texts inline if the page goes away first', () => {
    const storage = new FakeStorage();
    const safe = createSafeStorage<{ text: string; setting: boolean }>({
      version: 1,
      getStorage: () => storage,
      onFault: () => {},
      upgrade: (state) => state as { text: string; setting: boolean },
      // The texts' store never answers: the write waits for it.
      pack: (state) => ({ payload: { ...state, text: 'key-1' }, wait: new Promise(() => {}) }),
    });
    safe.setItem('k', { state: { text: 'A long article', setting: false }, version: 1 });
    safe.setItem('k', { state: { text: 'A long article', setting: true }, version: 1 });
    expect(storage.data.has('k')).toBe(false);
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(storage.data.get('k')!)).toEqual({
      state: { text: 'A long article', setting: true },
      version: 1,
    });
  });
});
