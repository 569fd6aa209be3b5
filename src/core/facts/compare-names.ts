import { discrepancy, q } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { nameKey } from './names.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import { changedRuns, widen } from './runs.ts';
import type { NameFact } from './types.ts';
import { words } from './words.ts';

const isName = (f: { kind: string }): f is NameFact => f.kind === 'name';
// "KABUL, Afghanistan:" or "LONDON (Reuters) -" at the start of a paragraph is a dateline, not content.
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,\s*[\p{L} .'-]+)?\s*(?:\([^)]*\))?\s*[:—–-]\s/u;

/** Damerau-Levenshtein distance (adjacent swaps count one). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[i - 1] as number[])[j]! + 1,
        row[j - 1]! + 1,
        (d[i - 1] as number[])[j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[i - 2] as number[])[j - 2]! + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

/** Two spellings of one name: close by edit distance, neither a prefix of the other ("Tajik"/"Tajikistan"). */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a.startsWith(b) || b.startsWith(a)) return false;
  const d = editDistance(a, b);
  return d <= Math.floor(0.3 * Math.max(a.length, b.length));
}

/** The keys of a paragraph's words and names, for "is this name anywhere over there?". */
function vocabulary(p: ParagraphView): Set<string> {
  const keys = new Set(words(p.text).map((w) => nameKey(w.text)));
  for (const n of p.facts.filter(isName)) {
    keys.add(n.key);
    for (const part of n.text.split(/\s+/)) keys.add(nameKey(part));
    // "United States" also answers to "US".
    const initials = n.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (initials.length > 1)
      keys.add(
        initials
          .map((w) => w[0])
          .join('')
          .toLowerCase(),
      );
  }
  return keys;
}

function present(n: NameFact, vocab: Set<string>, other: string[]): boolean {
  const parts = n.text.split(/\s+/).map(nameKey);
  if (vocab.has(n.key) || parts.every((p) => vocab.has(p))) return true;
  // A demonym or possessive form of a name that is there ("Tajik" / "Tajikistan").
  return parts.every(
    (p) =>
      vocab.has(p) ||
      other.some(
        (o) =>
          (o.length >= 4 && p.length >= 4 && (o.startsWith(p) || p.startsWith(o))) ||
          closeSpelling(p, o),
      ),
  );
}

/** Name words spelled differently in two linked paragraphs ("Badakhshan" / "Badakshan"). */
export function compareSpellings(a: ParagraphView, b: ParagraphView): Draft[] {
  // Each name word's first occurrence: key -> [start, end] in the paragraph.
  const first = (p: ParagraphView) => {
    const m = new Map<string, [number, number]>();
    for (const n of p.facts.filter(isName))
      for (const part of n.text.matchAll(/\S+/g)) {
        const k = nameKey(part[0]);
        if (!m.has(k)) m.set(k, [n.start + part.index, n.start + part.index + part[0].length]);
      }
    return m;
  };
  const fa = first(a);
  const fb = first(b);
  const va = vocabulary(a);
  const vb = vocabulary(b);
  const out: Draft[] = [];
  const used = new Set<string>();
  for (const [ka, ra] of fa) {
    if (vb.has(ka)) continue;
    const cands = [...fb].filter(([kb]) => !va.has(kb) && !used.has(kb) && closeSpelling(ka, kb));
    cands.sort((x, y) => editDistance(ka, x[0]) - editDistance(ka, y[0]) || x[1][0] - y[1][0]);
    const hit = cands[0];
    if (!hit) continue;
    used.add(hit[0]);
    const r = [ra[0], ra[1], hit[1][0], hit[1][1]] as const;
    out.push(
      discrepancy(
        'name',
        a.text,
        b.text,
        r,
        'medium',
        'The name is spelled differently: {a} vs {b}.',
      ),
    );
  }
  return out;
}

/** Share of content words two sentences must share before a dropped name counts as an omission. */
export const OMISSION_OVERLAP = 0.4;
/** A dropped name is an omission only when the other side put at most this many words in its place. */
const MAX_REPLACEMENT_WORDS = 4;

/** Names dropped from one side of a closely paired sentence (omission), or swapped for another (place/name). */
export function compareNameSets(p: Pairing, a: ParagraphView, b: ParagraphView): Draft[] {
  if (p.overlap < OMISSION_OVERLAP || p.a.headline || p.b.headline) return [];
  const skip = (v: ParagraphView) => DATELINE.exec(v.text)?.[0].length ?? 0;
  const otherWords = (v: ParagraphView) => words(v.text).map((w) => nameKey(w.text));
  const missing = (s: Pairing['a'], self: ParagraphView, other: ParagraphView) => {
    const vocab = vocabulary(other);
    const ow = otherWords(other);
    return s.facts
      .filter(isName)
      .filter((n) => n.role !== 'group' && n.start >= skip(self) && !present(n, vocab, ow));
  };
  const onlyA = missing(p.a, a, b);
  const onlyB = missing(p.b, b, a);
  const out: Draft[] = [];
  for (const run of changedRuns(p)) {
    const inA = onlyA.filter((n) => n.start < run.aEnd && run.aStart < n.end);
    const inB = onlyB.filter((n) => n.start < run.bEnd && run.bStart < n.end);
    if (inA.length + inB.length === 0) continue;
    const [as, ae] = widen(a.text, run.aStart, run.aEnd, p.a.start, p.a.end);
    const [bs, be] = widen(b.text, run.bStart, run.bEnd, p.b.start, p.b.end);
    const x = inA[0];
    const y = inB[0];
    // A name dropped, not a passage rewritten: the other side of the change is at most a few words.
    const short = (t: string) => words(t).length <= MAX_REPLACEMENT_WORDS;
    if (
      !(x && y) &&
      !short(x ? b.text.slice(run.bStart, run.bEnd) : a.text.slice(run.aStart, run.aEnd))
    )
      continue;
    if (x && y) {
      const place = x.role === 'place' || y.role === 'place';
      out.push(
        discrepancy(
          place ? 'place' : 'name',
          a.text,
          b.text,
          [x.start, x.end, y.start, y.end],
          'high',
          `${place ? 'A place' : 'A name'} is swapped: {a} vs {b}.`,
        ),
      );
    } else {
      const names = [...inA, ...inB].map((n) => q(n.text)).join(', ');
      out.push(
        discrepancy(
          'omission',
          a.text,
          b.text,
          [as, ae, bs, be],
          'medium',
          `Only one version names ${names}.`,
        ),
      );
    }
  }
  return out;
}
