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

/** Characters as a person counts them: code points, so an emoji is one, not two. */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

const WORDS = new Intl.Segmenter('en', { granularity: 'word' });
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text folded to one line and, when it has `max` characters (code points) or more, cut where a
 * word ends so that the result, '…' included, stays under `max`: at the last space that leaves room,
 * or, in text written without spaces (emoji, some scripts), at the last word boundary. `cut` says
 * whether anything was left out. Only a single word longer than the room is cut inside it (at a
 * character boundary), since nothing shorter would be left.
 */
export function summarize(text: string, max: number): { text: string; cut: boolean } {
  const t = squash(text);
  if (charCount(t) < max) return { text: t, cut: false };
  // Room for max - 2 characters and the ellipsis; the character after them says if a word ends there.
  const room = [...t].slice(0, max - 2).join('');
  let end = /\s/.test(t.charAt(room.length)) ? room.length : room.lastIndexOf(' ');
  if (end <= 0) {
    end = 0;
    for (const seg of WORDS.segment(t)) {
      const after = seg.index + seg.segment.length;
      if (after > room.length) break;
      end = after;
    }
  }
  if (end <= 0) for (const g of GRAPHEMES.segment(room)) end = g.index + g.segment.length;
  const kept = room.slice(0, end).replace(/[\s,;:.\-–—]+$/u, '');
  return { text: `${kept}…`, cut: true };
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
