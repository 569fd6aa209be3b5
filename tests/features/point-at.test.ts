import { afterEach, describe, expect, it, vi } from 'vitest';
import { POINT_MS, pointAt } from '../../src/components/point-at.ts';

describe('pointAt', () => {
  afterEach(() => vi.useRealTimers());

  it('outlines an element for a moment, and a second call starts the moment again', () => {
    vi.useFakeTimers();
    const el = document.createElement('div');
    pointAt(el);
    expect(el.classList.contains('pointed-at')).toBe(true);
    vi.advanceTimersByTime(POINT_MS - 100);
    pointAt(el);
    // The first call's time is up: the second keeps the outline.
    vi.advanceTimersByTime(200);
    expect(el.classList.contains('pointed-at')).toBe(true);
    vi.advanceTimersByTime(POINT_MS);
    expect(el.classList.contains('pointed-at')).toBe(false);
  });
});
