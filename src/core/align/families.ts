/**
 * Groups term variants that the stemmer leaves apart: derived forms ("withdraw", "withdrawal";
 * "north", "northern") and names spelled one letter apart ("Badakhshan", "Badakshan").
 */

// Endings that derive a related word from a stem of at least MIN_PREFIX letters.
const SUFFIXES = new Set(['al', 'ial', 'ly', 'ion', 'ment', 'ity', 'ern', 'ive', 'ness', 'ful', 'ous', 'ic', 'ian', 'er']);
const MIN_PREFIX = 5;
const MIN_NAME = 6;

function find(parent: Int32Array, x: number): number {
  let r = x;
  while (parent[r] !== r) r = parent[r] as number;
  let y = x;
  while (parent[y] !== r) {
    const next = parent[y] as number;
    parent[y] = r;
    y = next;
  }
  return r;
}

function union(parent: Int32Array, x: number, y: number): void {
  const rx = find(parent, x);
  const ry = find(parent, y);
  if (rx < ry) parent[ry] = rx;
  else if (ry < rx) parent[rx] = ry;
}

function isWordTerm(t: string): boolean {
  const c = t.charCodeAt(0);
  return !(c >= 48 && c <= 57) && c !== 126; // not a digit, not "~"
}

/** Maps each term id to a family id (0..count-1); ids in one family are variants of one word. */
export function termFamilies(vocab: readonly string[], isName: Uint8Array): { family: Int32Array; count: number } {
  const n = vocab.length;
  const parent = new Int32Array(n);
  for (let k = 0; k < n; k++) parent[k] = k;

  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => {
    const a = vocab[x] as string;
    const b = vocab[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  for (let p = 0; p < n; p++) {
    const id = order[p] as number;
    const t = vocab[id] as string;
    if (t.length < MIN_PREFIX || !isWordTerm(t)) continue;
    for (let q = p + 1; q < n; q++) {
      const other = vocab[order[q] as number] as string;
      if (!other.startsWith(t)) break;
      if (SUFFIXES.has(other.slice(t.length))) union(parent, id, order[q] as number);
    }
  }

  // Names one edit apart: share a key made by deleting one letter (or the name itself).
  const keys = new Map<string, number>();
  for (let id = 0; id < n; id++) {
    const t = vocab[id] as string;
    if (isName[id] !== 1 || t.length < MIN_NAME || !isWordTerm(t)) continue;
    const variants = [t];
    for (let k = 1; k < t.length; k++) variants.push(t.slice(0, k) + t.slice(k + 1));
    for (const v of variants) {
      const seen = keys.get(v);
      if (seen === undefined) keys.set(v, id);
      else if (seen !== id) union(parent, seen, id);
    }
  }

  const family = new Int32Array(n);
  const compact = new Map<number, number>();
  for (let id = 0; id < n; id++) {
    const r = find(parent, id);
    let f = compact.get(r);
    if (f === undefined) {
      f = compact.size;
      compact.set(r, f);
    }
    family[id] = f;
  }
  return { family, count: compact.size };
}
