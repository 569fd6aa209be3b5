import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PLACE_KEY,
  readLastView,
  readPlace,
  resetPlaceCache,
  setLastView,
  setPlace,
  usePlace,
} from '../../src/store/place.ts';

/** As a page load: what this tab read is forgotten, storage is read again. */
const reload = () => resetPlaceCache();

describe('the reviewer’s place', () => {
  beforeEach(() => {
    localStorage.clear();
    reload();
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps each review’s place across a reload, in a key of its own', () => {
    setPlace('r1', { top: { article: 'a', paragraph: 7, offset: 40 }, finding: 'f-3' });
    setPlace('r2', { article: 'b' });
    setLastView('claims');
    reload();
    expect(readPlace('r1')).toMatchObject({
      top: { article: 'a', paragraph: 7, offset: 40 },
      finding: 'f-3',
    });
    expect(readPlace('r2').article).toBe('b');
    expect(readPlace('r2').finding).toBeUndefined();
    expect(readLastView()).toBe('claims');
    expect(Object.keys(localStorage)).toEqual([PLACE_KEY]);
  });

  it('changes only the fields given, and forgets those given as null', () => {
    setPlace('r1', { row: { article: 'a', paragraph: 2 }, finding: 'f-1' });
    setPlace('r1', { finding: null, article: 'c' });
    reload();
    expect(readPlace('r1').row).toEqual({ article: 'a', paragraph: 2 });
    expect(readPlace('r1').article).toBe('c');
    expect('finding' in readPlace('r1')).toBe(false);
  });

  it('reads junk as no place, drops a broken entry alone, and writes over junk', () => {
    localStorage.setItem(PLACE_KEY, '{"reviews":');
    expect(readPlace('r1').top).toBeUndefined();
    expect(readLastView()).toBeNull();
    localStorage.setItem(
      PLACE_KEY,
      JSON.stringify({
        reviews: {
          good: { article: 'a', at: 1 },
          bad: { top: { article: 'a', paragraph: -1, offset: 0 }, at: 1 },
          worse: 'x',
        },
      }),
    );
    reload();
    expect(readPlace('good').article).toBe('a');
    expect(readPlace('bad').top).toBeUndefined();
    setPlace('bad', { finding: 'f' });
    reload();
    expect(readPlace('bad').finding).toBe('f');
    expect(readPlace('good').article).toBe('a');
  });

  it('keeps the place for the tab when storage is full or blocked, and saves it once it is not', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => setPlace('r1', { article: 'b' })).not.toThrow();
    reload();
    expect(readPlace('r1').article).toBe('b');
    expect(localStorage.length).toBe(0);
    setItem.mockRestore();
    getItem.mockRestore();
    setPlace('r1', { finding: 'f' });
    expect(JSON.parse(localStorage.getItem(PLACE_KEY)!)).toMatchObject({
      reviews: { r1: { article: 'b', finding: 'f' } },
    });
  });

  it('does not drop the place another tab saved for another review', () => {
    setPlace('mine', { article: 'a' });
    // Another tab, which read the key earlier, saves its own review's place.
    localStorage.setItem(
      PLACE_KEY,
      JSON.stringify({
        reviews: {
          ...JSON.parse(localStorage.getItem(PLACE_KEY)!).reviews,
          theirs: { article: 'z', at: 5 },
        },
      }),
    );
    setPlace('mine', { article: 'b' });
    reload();
    expect(readPlace('theirs').article).toBe('z');
    expect(readPlace('mine').article).toBe('b');
  });

  it('keeps this tab’s place while another tab saves its own, and forgets it when storage is cleared', () => {
    setPlace('r1', { article: 'a' });
    localStorage.setItem(
      PLACE_KEY,
      JSON.stringify({
        reviews: { r1: { article: 'theirs', at: 9 }, r2: { article: 'also-theirs', at: 9 } },
      }),
    );
    // The review open here stays where this reader was; one not read yet is as saved.
    expect(readPlace('r1').article).toBe('a');
    expect(readPlace('r2').article).toBe('also-theirs');
    reload();
    expect(readPlace('r1').article).toBe('theirs');
    localStorage.clear();
    expect(readPlace('r1').article).toBeUndefined();
  });

  it('keeps the 50 most recently used reviews', () => {
    const now = vi.spyOn(Date, 'now');
    for (let k = 0; k < 52; k++) {
      now.mockReturnValue(1000 + k);
      setPlace(`r${k}`, { article: 'a' });
    }
    reload();
    expect(readPlace('r0').article).toBeUndefined();
    expect(readPlace('r1').article).toBeUndefined();
    expect(readPlace('r2').article).toBe('a');
    expect(readPlace('r51').article).toBe('a');
  });

  it('renders again with the part of the place a component reads', () => {
    const finding = (p: { finding?: string }) => p.finding ?? null;
    const { result } = renderHook(() => usePlace('r1', finding));
    expect(result.current).toBeNull();
    act(() => setPlace('r1', { finding: 'f-9' }));
    expect(result.current).toBe('f-9');
    act(() => setPlace('r2', { finding: 'other' }));
    expect(result.current).toBe('f-9');
  });
});
