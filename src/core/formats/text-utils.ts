/** Small text helpers the exporters share. */

const MAX_TIME = 8.64e15;

/** Epoch milliseconds as an ISO 8601 string; '' for a time no Date can hold. */
export function isoTime(ms: number): string {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME ? new Date(ms).toISOString() : '';
}

/** Whitespace runs folded to one space, ends trimmed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The text folded to one line and, when it has `max` characters or more, cut at a word boundary
 * so that the result, '…' included, stays under `max` characters. Never splits a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  const t = squash(text);
  if (t.length < max) return t;
  // Room for max - 2 characters and the ellipsis; a space at max - 2 still ends a whole word.
  const space = t.slice(0, max - 1).lastIndexOf(' ');
  // A word boundary in the last third is worth the lost characters; otherwise cut mid-word.
  let cut = space >= (max * 2) / 3 ? t.slice(0, space) : t.slice(0, max - 2);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
