/** Word edges: offsets where a quote may begin or end without cutting a word in two. */

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** Furthest an edge is looked for on each side; a longer run of letters is not a word to keep. */
const MAX_WORD = 64;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends at offset `at`, as a string ('' at the start). */
function before(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return at >= 2 && isLow(low) && isHigh(text.charCodeAt(at - 2))
    ? text.slice(at - 2, at)
    : text.slice(at - 1, at);
}

/** The code point that starts at offset `at`, as a string ('' at the end). */
function after(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

const isWord = (ch: string) => ch !== '' && WORD_CHAR.test(ch);

/** True unless offset `at` falls between two letters or digits of one word (or inside a surrogate pair). */
export function isWordEdge(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  if (isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) return false;
  return !(isWord(before(text, at)) && isWord(after(text, at)));
}

/**
 * The word edges nearest `at`: `at` itself when it is one, else the edge before it and the edge
 * after it (each at most 64 characters away), so a match that cut a word can be widened or narrowed.
 */
export function edgesAround(text: string, at: number): number[] {
  if (isWordEdge(text, at)) return [at];
  const out: number[] = [];
  for (let x = at - 1; x >= Math.max(0, at - MAX_WORD); x -= 1) {
    if (isWordEdge(text, x)) {
      out.push(x);
      break;
    }
  }
  for (let x = at + 1; x <= Math.min(text.length, at + MAX_WORD); x += 1) {
    if (isWordEdge(text, x)) {
      out.push(x);
      break;
    }
  }
  return out.length > 0 ? out : [at];
}
