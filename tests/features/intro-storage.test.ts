import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INTRO_KEY,
  introDismissed,
  resetIntroMemory,
  setIntroDismissed,
} from '../../src/features/intro/intro-storage.ts';

describe('the introduction remembers its dismissal', () => {
  beforeEach(() => {
    localStorage.clear();
    resetIntroMemory();
  });
  afterEach(() => vi.restoreAllMocks());

  it('stays dismissed after a reload, in a key of its own', () => {
    expect(introDismissed()).toBe(false);
    setIntroDismissed(true);
    resetIntroMemory();
    expect(introDismissed()).toBe(true);
    expect(localStorage.getItem(INTRO_KEY)).toBe('1');
    setIntroDismissed(false);
    resetIntroMemory();
    expect(introDismissed()).toBe(false);
  });

  it('shows the introduction when storage cannot be read, and holds a dismissal for the tab', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(introDismissed()).toBe(false);
    expect(() => setIntroDismissed(true)).not.toThrow();
    expect(introDismissed()).toBe(true);
  });

  it('treats anything but its own mark as not dismissed', () => {
    localStorage.setItem(INTRO_KEY, '{"junk":');
    expect(introDismissed()).toBe(false);
  });
});
