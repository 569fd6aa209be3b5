/** How long a part the reader was taken to stays outlined, so the eye finds it too. */
export const POINT_MS = 1600;

/** Each outlined element's pending removal: a second jump to it starts the time again. */
const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Outlines an element for a moment (`.pointed-at` in app.css): focus moved by a click shows no
 * focus ring, so a part the reader was taken to would otherwise look like its neighbours.
 */
export function pointAt(el: HTMLElement): void {
  const pending = timers.get(el);
  if (pending !== undefined) clearTimeout(pending);
  el.classList.add('pointed-at');
  timers.set(
    el,
    setTimeout(() => {
      el.classList.remove('pointed-at');
      timers.delete(el);
    }, POINT_MS),
  );
}
