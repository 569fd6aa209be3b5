/**
 * Whether the first-run introduction was dismissed, in a localStorage key of its own (not the
 * review store: it is a preference of this browser, not part of any review). Storage may be blocked,
 * full or hold junk: every read and write is guarded, and a refused write is remembered for the tab.
 */
export const INTRO_KEY = 'crosscheck:intro-dismissed';

let memory: boolean | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** True when the reader has dismissed the introduction in this browser (or in this tab). */
export function introDismissed(): boolean {
  if (memory !== null) return memory;
  try {
    return storage()?.getItem(INTRO_KEY) === '1';
  } catch {
    return false;
  }
}

/** Records that the introduction was dismissed (true) or asked for again (false). */
export function setIntroDismissed(dismissed: boolean): void {
  memory = dismissed;
  try {
    const s = storage();
    if (dismissed) s?.setItem(INTRO_KEY, '1');
    else s?.removeItem(INTRO_KEY);
  } catch {
    // Blocked or full storage: the choice holds for this tab only.
  }
}

/** Forgets the in-tab memory (for tests that simulate a fresh page load). */
export function resetIntroMemory(): void {
  memory = null;
}
