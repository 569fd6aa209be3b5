import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/store/saved-v1.json';
import { createCrosscheckStore } from '../../src/store/index.ts';
import { migrations, SAVED_VERSION, upgradeSaved } from '../../src/store/migrations.ts';
import { FakeStorage } from './fake-storage.ts';
import { KEY } from './helpers.ts';

const v1 = JSON.stringify(fixture);

describe('saved-state migrations', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < SAVED_VERSION; v += 1) expect(migrations[v]).toBeTypeOf('function');
  });

  it('turns the frozen v1 payload into a valid current state with empty tombstones', () => {
    const { state, version } = JSON.parse(v1) as { state: unknown; version: number };
    const up = upgradeSaved(state, version);
    expect(up).not.toBeNull();
    expect(up!.deletedReviews).toEqual({});
    const review = up!.reviews['review-0a1b2c3d4e5f']!;
    expect(review.removedArticles).toEqual({});
    expect(review.claims['sentence:22-66:wire.txt']!.note).toBe('Fire service says 40, police 45.');
  });

  it('v1 to v2 is pure: the old payload is left as it was', () => {
    const { state } = JSON.parse(v1) as { state: Record<string, unknown> };
    const before = JSON.stringify(state);
    migrations[1]!(state);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('loads a v1 save with its marks and writes it back as the current version', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, v1);
    const store = createCrosscheckStore({ getStorage: () => storage, key: KEY });
    expect(store.getState().fault).toBeNull();
    expect(
      store.getState().reviews['review-0a1b2c3d4e5f']!.claims['sentence:22-66:wire.txt']!.status,
    ).toBe('disputed');
    store.getState().setDiff({ onlyChanged: true });
    expect((JSON.parse(storage.data.get(KEY)!) as { version: number }).version).toBe(SAVED_VERSION);
  });
});
