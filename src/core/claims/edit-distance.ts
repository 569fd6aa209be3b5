/** Code points of a string with the UTF-16 offset where each starts (plus one past the end). */
export interface Units {
  cps: number[];
  offsets: number[];
}

/** Splits text into code points so edits never cut a surrogate pair. */
export function toUnits(text: string): Units {
  const cps: number[] = [];
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    cps.push(ch.codePointAt(0) ?? 0);
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return { cps, offsets };
}

/** Levenshtein distance between two short sequences (used for 32-char contexts). */
export function editDistance(a: number[], b: number[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] of two strings by edit distance over code points. */
export function similarity(a: string, b: string): number {
  const ua = toUnits(a).cps;
  const ub = toUnits(b).cps;
  const longest = Math.max(ua.length, ub.length);
  return longest === 0 ? 1 : 1 - editDistance(ua, ub) / longest;
}

/** The best approximate occurrence of a pattern inside a span of text. */
export interface WindowMatch {
  /** Unit indexes into the window: [start, end). */
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds where pattern occurs in text with the fewest edits, at most maxErrors (semi-global edit
 * distance with Ukkonen's cut-off: only rows that can still stay within maxErrors are computed, so
 * the cost is about maxErrors x text length instead of pattern x text).
 */
export function bestMatch(
  pattern: number[],
  text: number[],
  maxErrors: number,
): WindowMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  // d[i]: edits to match pattern[0..i) ending at the current text position; s[i]: where that match starts.
  const d = Array.from({ length: m + 1 }, (_, i) => i);
  const s = new Array<number>(m + 1).fill(0);
  let lastActive = Math.min(m, maxErrors);
  let best: WindowMatch | null = null;
  for (let j = 1; j <= text.length; j += 1) {
    let diag = d[0]!;
    let diagStart = s[0]!;
    d[0] = 0;
    s[0] = j;
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i += 1) {
      const up = i <= lastActive ? d[i]! : Number.POSITIVE_INFINITY;
      const upStart = s[i]!;
      const sub = diag + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      let v = sub;
      let vs = diagStart;
      if (up + 1 < v) {
        v = up + 1;
        vs = upStart;
      }
      if (d[i - 1]! + 1 < v) {
        v = d[i - 1]! + 1;
        vs = s[i - 1]!;
      }
      diag = i <= lastActive ? d[i]! : Number.POSITIVE_INFINITY;
      diagStart = upStart;
      d[i] = v;
      s[i] = vs;
    }
    lastActive = limit;
    while (lastActive > 0 && d[lastActive]! > maxErrors) lastActive -= 1;
    if (lastActive === m && (best === null || d[m]! < best.errors)) {
      best = { start: s[m]!, end: j, errors: d[m]! };
    }
  }
  return best;
}

/**
 * Edit distance of a and b when it is at most k, else k + 1 (Ukkonen's band: only cells within k of
 * the diagonal are computed, so the cost is about k x length instead of length squared).
 */
export function boundedDistance(a: number[], b: number[], k: number): number {
  const n = a.length;
  const m = b.length;
  const over = k + 1;
  if (Math.abs(n - m) > k) return over;
  if (n === 0 || m === 0) return Math.max(n, m);
  let prev = new Array<number>(m + 2).fill(over);
  let cur = new Array<number>(m + 2).fill(over);
  for (let j = 0; j <= Math.min(m, k); j += 1) prev[j] = j;
  for (let i = 1; i <= n; i += 1) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : over;
    let least = cur[lo - 1]!;
    for (let j = lo; j <= hi; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost, over);
      cur[j] = v;
      if (v < least) least = v;
    }
    cur[hi + 1] = over;
    if (least > k) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, over);
}
