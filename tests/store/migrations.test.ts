import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/store/saved-v1.json';
import fixture2 from '../fixtures/store/saved-v2.json';
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

describe('saved-state migration v2 to v3 (article texts out of the payload)', () => {
  const v2 = JSON.stringify(fixture2);
  const parse = () => JSON.parse(v2) as { state: Record<string, unknown>; version: number };

  it('names each article text by content key and keeps each distinct text once', () => {
    const out = migrations[2]!(parse().state) as {
      reviews: Record<string, { articles: Record<string, unknown>[] }>;
      texts: Record<string, string>;
    };
    const [first, copy] = Object.values(out.reviews);
    expect(first!.articles.map((a) => 'text' in a)).toEqual([false, false]);
    // The copied review holds the same gazette text: one entry serves both.
    expect(copy!.articles[0]!.textKey).toBe(first!.articles[0]!.textKey);
    expect(Object.values(out.texts).sort()).toEqual(
      [
        'Old bridge shut for repairs\n\nThe river bridge will close for six weeks from Monday, the council said.',
        'The bridge closes for two months, a council spokesperson told listeners.',
      ].sort(),
    );
    expect(out.texts[first!.articles[1]!.textKey as string]).toMatch(/^The bridge closes/);
  });

  it('v2 to v3 is pure: the old payload is left as it was', () => {
    const { state } = parse();
    const before = JSON.stringify(state);
    migrations[2]!(state);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('brings the frozen v2 payload back whole: texts, marks, tombstones and settings', () => {
    const { state, version } = parse();
    const up = upgradeSaved(state, version)!;
    const review = up.reviews['review-7c1d9e20aa41']!;
    expect(review.articles.map((a) => a.text.split('\n')[0])).toEqual([
      'Old bridge shut for repairs',
      'The bridge closes for two months, a council spokesperson told listeners.',
    ]);
    const claim = review.claims['sentence:29-101:gazette.txt']!;
    expect(review.articles[0]!.text.slice(claim.anchor.start, claim.anchor.end)).toBe(
      claim.anchor.quote,
    );
    expect(review.removedArticles).toEqual({ 'wire.txt': 1764000250000 });
    expect(up.deletedReviews).toEqual({ 'review-99aa00bb11cc': 1764000800000 });
    expect(up.diff.onlyUnique).toBe(true);
    expect(up.reviews['review-0b5e3f7d1c22']!.articles[0]!.text).toBe(review.articles[0]!.text);
  });

  it('refuses a v2 article whose text is not a string instead of inventing one', () => {
    const { state, version } = parse();
    const reviews = state.reviews as Record<string, { articles: Record<string, unknown>[] }>;
    reviews['review-7c1d9e20aa41']!.articles[1]!.text = 42;
    expect(upgradeSaved(state, version)).toBeNull();
  });

  it('loads a v1 save through both steps', () => {
    const { state, version } = JSON.parse(v1) as { state: unknown; version: number };
    expect(upgradeSaved(state, version)!.reviews['review-0a1b2c3d4e5f']!.articles[0]!.text).toBe(
      'Fire at the harbour.\n\nForty people were evacuated before midnight.',
    );
  });
});

describe('reading back the state a download holds', () => {
  it('takes articles that still carry their text as they are', () => {
    const { state, version } = JSON.parse(JSON.stringify(fixture2)) as {
      state: unknown;
      version: number;
    };
    const current = upgradeSaved(state, version)!;
    const again = upgradeSaved(JSON.parse(JSON.stringify(current)), SAVED_VERSION);
    expect(again).toEqual(current);
  });
});
