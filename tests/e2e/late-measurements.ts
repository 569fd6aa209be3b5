import type { Page } from '@playwright/test';

/** What the page's script adds to `window`. */
interface Hooks {
  __holdMeasurements?: boolean;
  __releaseMeasurements?: () => void;
  __releaseAfterKey?: boolean;
}

/**
 * Lets a test hold back what every ResizeObserver reports and deliver it later, as a busy machine
 * does when input comes in faster than the frames that lay out and measure what it changed. Held
 * reports are delivered on release, the latest per element (its size now), in one callback per
 * observer. Call before the page loads; until `hold`, nothing changes.
 */
export async function lateMeasurements(page: Page) {
  await page.addInitScript(() => {
    const w = window as Hooks;
    const Native = window.ResizeObserver;
    const waiting = new Set<() => void>();
    w.__releaseMeasurements = () => {
      w.__holdMeasurements = false;
      for (const deliver of waiting) deliver();
      waiting.clear();
    };
    // Captured before the page's own handlers, so the frame callback set here runs before any
    // they set in response to the same key.
    document.addEventListener(
      'keydown',
      () => {
        if (!w.__releaseAfterKey) return;
        w.__releaseAfterKey = false;
        requestAnimationFrame(() => w.__releaseMeasurements?.());
      },
      true,
    );
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        const held = new Map<Element, ResizeObserverEntry>();
        let self: ResizeObserver | null = null;
        const deliver = () => {
          const entries = [...held.values()];
          held.clear();
          if (self && entries.length > 0) callback(entries, self);
        };
        super((entries, observer) => {
          if (!w.__holdMeasurements) return callback(entries, observer);
          self = observer;
          for (const entry of entries) held.set(entry.target, entry);
          waiting.add(deliver);
        });
      }
    };
  });
  return {
    hold: () =>
      page.evaluate(() => {
        (window as Hooks).__holdMeasurements = true;
      }),
    release: () => page.evaluate(() => (window as Hooks).__releaseMeasurements?.()),
    /** Releases them in the first frame after the next key press, before the page's own frame work. */
    releaseAfterNextKey: () =>
      page.evaluate(() => {
        (window as Hooks).__releaseAfterKey = true;
      }),
  };
}
