import { TITLES } from './lexicon.ts';
import { nameKey } from './names.ts';
import type { ParagraphView } from './pairing.ts';
import type { NameFact } from './types.ts';
import { words } from './words.ts';

/** Whether a fact is a name. */
export const isName = (f: { kind: string }): f is NameFact => f.kind === 'name';

/** Damerau-Levenshtein distance (an adjacent swap counts one). */
export function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
    }
    [prev2, prev] = [prev, row];
  }
  return prev[b.length] ?? 0;
}

/** Two spellings of one name: same first letter, close by edit distance, neither a prefix of the other. */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  // "Tajik" / "Tajikistan", "Russia" / "Russian": a related form, not a misspelling.
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return editDistance(a, b) <= Math.floor(0.3 * Math.max(a.length, b.length));
}

/** The initials of a name of several capitalised words: "United States" -> "us". */
export function initials(name: string): string {
  const caps = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length > 1
    ? caps
        .map((w) => w[0])
        .join('')
        .toLowerCase()
    : '';
}

// Per paragraph view, built once: a paragraph is checked against its partner in every other article.
const vocabularies = new WeakMap<ParagraphView, Set<string>>();
const wordKeyLists = new WeakMap<ParagraphView, string[]>();

/** The name keys of a paragraph's words, in order (a view's list is shared: do not modify it). */
export function wordKeys(p: ParagraphView): string[] {
  let keys = wordKeyLists.get(p);
  if (keys === undefined) {
    keys = words(p.text).map((w) => nameKey(w.text));
    wordKeyLists.set(p, keys);
  }
  return keys;
}

/**
 * The keys of a paragraph's words, names and name initials: what "is this name over there?" checks.
 * A view's set is shared: do not modify it.
 */
export function vocabulary(p: ParagraphView): Set<string> {
  const known = vocabularies.get(p);
  if (known !== undefined) return known;
  const keys = new Set(wordKeys(p));
  vocabularies.set(p, keys);
  for (const n of p.facts.filter(isName)) {
    keys.add(n.key);
    for (const part of n.text.split(/\s+/)) keys.add(nameKey(part));
    if (initials(n.text)) keys.add(initials(n.text));
  }
  return keys;
}

/** Whether a name is present in the other paragraph: same key, all its words, its initials, or a related form. */
export function present(n: NameFact, vocab: Set<string>, otherWords: string[]): boolean {
  const parts = n.text
    .split(/\s+/)
    .filter((w) => !TITLES.has(w.toLowerCase()))
    .map(nameKey);
  if (vocab.has(n.key) || (initials(n.text) !== '' && vocab.has(initials(n.text)))) return true;
  // A word is there as itself, as a demonym or longer form ("Tajik"/"Tajikistan"), or spelled differently
  // (which compareSpellings reports on its own).
  return parts.every(
    (p) =>
      vocab.has(p) ||
      otherWords.some(
        (o) =>
          (o.length >= 4 && p.length >= 4 && (o.startsWith(p) || p.startsWith(o))) ||
          closeSpelling(p, o),
      ),
  );
}
