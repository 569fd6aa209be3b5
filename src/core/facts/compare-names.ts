import { discrepancy, q } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { STOP } from './lexicon.ts';
import { nameKey } from './names.ts';
import {
  closeSpelling,
  editDistance,
  isName,
  keysByInitial,
  present,
  vocabulary,
  wordKeySet,
} from './name-match.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import type { NameFact } from './types.ts';
import { changedRuns, widen } from './runs.ts';
import { cachedByObject, oneSpelling } from './words.ts';

/**
 * Two spellings of one word, British and American. Not "ae" / "e": in a name that is another name
 * ("Michael" / "Michel"), while the words spelt so ("paediatric") are seldom capitalised.
 */
const spellingVariants = (x: string, y: string) =>
  oneSpelling(x) === oneSpelling(y) && x.includes('ae') === y.includes('ae');

// "KABUL, Afghanistan:" or "LONDON (Reuters) -" at the start of a paragraph is a dateline, not content.
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,\s*[\p{L} .'-]+)?\s*(?:\([^)]*\))?\s*[:—–-]\s/u;

/**
 * Each capitalised word's first occurrence in a paragraph: key -> [start, end] (built once per view;
 * read-only). All capitalised words, not only extracted names: a misspelt title, weekday or a word
 * in a Title Case headline is a misspelt name too.
 */
const nameWordStarts = cachedByObject((p: ParagraphView): Map<string, [number, number]> => {
  const m = new Map<string, [number, number]>();
  for (const s of p.sentences)
    for (const w of s.words) {
      const c = w.text.charCodeAt(0);
      // A capital first (ASCII answered by code, other scripts by the Unicode class).
      if (w.text.length < 4 || (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(w.text))) continue;
      const k = nameKey(w.text);
      // The name without a possessive ending: "Cowan's" is shown as "Cowan".
      const own = /['’]s$/u.test(w.text) ? 2 : 0;
      if (!m.has(k)) m.set(k, [w.start, w.end - own]);
    }
  return m;
});

/** Capitalised words spelled differently in two linked paragraphs ("Badakhshan" / "Badakshan"). */
export function compareSpellings(a: ParagraphView, b: ParagraphView): Draft[] {
  const fa = nameWordStarts(a);
  const fb = nameWordStarts(b);
  // Capitalised words are compared with the other paragraph's words (no facts needed).
  const va = wordKeySet(a);
  const vb = wordKeySet(b);
  const out: Draft[] = [];
  const used = new Set<string>();
  let others: Array<[string, [number, number]]> | null = null;
  for (const [ka, ra] of fa) {
    if (vb.has(ka)) continue;
    // b's name words that a lacks: the only candidates for another spelling.
    others ??= [...fb].filter(([kb]) => !va.has(kb));
    // British and American spellings of one word ("Neighbouring" / "Neighboring") are no misspelling.
    const cands = others.filter(
      ([kb]) => !used.has(kb) && closeSpelling(ka, kb) && !spellingVariants(ka, kb),
    );
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

// Words that refer back to a person or thing named elsewhere.
const STANDS_FOR = new Set(
  `he she they him her his hers its it their them we us i who the this that these those`.split(' '),
);

/** A tokeniser fragment ("U" of "U.S.", "O" of "O.K."): one or two letters, or initials with dots. */
const fragment = (n: NameFact) => n.key.replace(/\s/g, '').length <= 2;

/** Share of content words two sentences must share before a dropped name counts as an omission. */
export const OMISSION_OVERLAP = 0.5;
/** A dropped name is an omission only when the other side put at most this many words in its place. */
const MAX_REPLACEMENT_WORDS = 4;

/** Names dropped from one side of a closely paired sentence (omission), or swapped for another (place/name). */
export function compareNameSets(p: Pairing, a: ParagraphView, b: ParagraphView): Draft[] {
  if (p.overlap < OMISSION_OVERLAP || p.a.headline || p.b.headline) return [];
  const skip = (v: ParagraphView) => DATELINE.exec(v.text)?.[0].length ?? 0;
  const missing = (s: Pairing['a'], self: ParagraphView, other: ParagraphView) => {
    const from = skip(self);
    const vocab = vocabulary(other);
    const ow = keysByInitial(other);
    // Names inside a relay ("reported by the agency X") are sourcing: compareAttribution covers them.
    const relays = s.facts.flatMap((f) => (f.kind === 'attribution' && f.relay ? [f.relay] : []));
    const inRelay = (n: NameFact) => relays.some((r) => r.start <= n.start && n.end <= r.end);
    return s.facts
      .filter(isName)
      .filter((n) => n.role !== 'group' && n.start >= from && !inRelay(n) && !fragment(n))
      .filter((n) => !present(n, vocab, ow));
  };
  const onlyA = missing(p.a, a, b);
  const onlyB = missing(p.b, b, a);
  const out: Draft[] = [];
  const namesIn = (v: Pairing['a'], s: number, e: number) =>
    v.facts
      .filter(isName)
      .filter((n) => n.role !== 'group' && !fragment(n) && n.start < e && s < n.end);
  if (onlyA.length + onlyB.length === 0) return [];
  for (const run of changedRuns(p)) {
    const inA = onlyA.filter((n) => n.start < run.aEnd && run.aStart < n.end);
    const inB = onlyB.filter((n) => n.start < run.bEnd && run.bStart < n.end);
    if (inA.length + inB.length === 0) continue;
    // A dropped name, not a rewritten passage: the other side of the change is a few words at most,
    // and no pronoun or description ("he", "the senator") that stands for the same person.
    const other = inA.length > 0 ? p.b.keys.slice(run.bi, run.bj) : p.a.keys.slice(run.ai, run.aj);
    const both = inA.length > 0 && inB.length > 0;
    if (other.length > MAX_REPLACEMENT_WORDS || (!both && other.some((k) => STANDS_FOR.has(k))))
      continue;
    // ...and the side with the name holds little besides it: not a sentence rewritten around it.
    const own = inA.length > 0 ? run.aj - run.ai : run.bj - run.bi;
    const nameWords = [...inA, ...inB].reduce((n, f) => n + f.text.split(/[\s-]+/).length, 0);
    if (own > nameWords + MAX_REPLACEMENT_WORDS) continue;
    // Another name of the same kind in its place is a swap ("A and B provinces" -> "A and C").
    const x = inA[0] ?? namesIn(p.a, run.aStart, run.aEnd)[0];
    const y = inB[0] ?? namesIn(p.b, run.bStart, run.bEnd)[0];
    if (x && y) {
      const related =
        x.key !== y.key && (x.role === y.role || x.role === 'place' || y.role === 'place');
      // Two different names that are not of one kind: another way to designate, not a swap.
      if (!related) continue;
      const place = x.role === 'place' || y.role === 'place';
      const kind = place ? 'place' : 'name';
      const r = [x.start, x.end, y.start, y.end] as const;
      out.push(
        discrepancy(
          kind,
          a.text,
          b.text,
          r,
          place ? 'high' : 'medium',
          `${place ? 'A place' : 'A name'} is swapped: {a} vs {b}.`,
        ),
      );
      continue;
    }
    // An omission: a name dropped with at most small words around it ("X or any other"), not a
    // clause added around it ("the president wrote on X").
    const dropped = [...inA, ...inB];
    const [sv, i, j] = inA.length > 0 ? [p.a, run.ai, run.aj] : [p.b, run.bi, run.bj];
    const extra = sv.words
      .slice(i, j)
      .filter((w) => !dropped.some((n) => n.start <= w.start && w.end <= n.end));
    if (extra.some((w) => !STOP.has(w.lower))) continue;
    const [as, ae] = widen(a.text, run.aStart, run.aEnd, p.a.start, p.a.end);
    const [bs, be] = widen(b.text, run.bStart, run.bEnd, p.b.start, p.b.end);
    const names = dropped.map((n) => q(n.text)).join(', ');
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
  return out;
}
