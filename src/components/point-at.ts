/** How long a part the reader was taken to stays outlined, so the eye finds it too. */
export const POINT_MS = 1600;

/**
 * Outlines an element for a moment (`.pointed-at` in app.css): focus moved by a click shows no
 * focus ring, so a part the reader was taken to would otherwise look like its neighbours.
 */
export function pointAt(el: HTMLElement): void {
  el.classList.add('pointed-at');
  setTimeout(() => el.classList.remove('pointed-at'), POINT_MS);
}
