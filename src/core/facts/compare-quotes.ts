import { wordDiff } from '../diff/word-diff.ts';
import type { DiffSpan } from '../diff/types.ts';
import { discrepancy, swapSides } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import type { ParagraphView } from './pairing.ts';
import { widen } from './runs.ts';
import type { QuoteFact } from './types.ts';
import { ABBREVIATIONS } from './lexicon-change.ts';
import { F, flagsOf, wordKey } from './signature.ts';
import { STOP } from './lexicon.ts';
import { bare, cachedByObject, contentStems, dice, oneSpelling, words } from './words.ts';
import type { Word } from './words.ts';
import { stem } from '../align/stem.ts';
import { differentSpeakers, speakerOf } from './speakers.ts';

const isQuote = (f: { kind: string }): f is QuoteFact => f.kind === 'quote';
// Exact words (case, apostrophes, possessives and British or American spelling aside): a quotation
// is verbatim, so "duty" against
// "duties" or "environmentalist" against "environmentalists" is a change of wording.
const wordKeys = (t: string) =>
  ` ${words(t)
    .map((w) => (w.text.length > 5 ? oneSpelling(wordKey(w.text)) : wordKey(w.text)))
    .join(' ')} `;

/** Quoted words in a row that two quotations must share to be one quotation excerpted otherwise. */
const SHARED_RUN = 4;
/** ... of which at least this many are content words ("a race to the bottom", not "I don't think it"). */
const RUN_CONTENT = 2;

/** The runs of SHARED_RUN word keys of a quotation that hold RUN_CONTENT content words. */
function runsOf(t: string): Set<string> {
  const ws = words(t);
  const keys = ws.map((w) => wordKey(w.text));
  const content = ws.map((w) => (STOP.has(w.lower) || STOP.has(bare(w.text)) ? 0 : 1));
  const out = new Set<string>();
  for (let k = 0; k + SHARED_RUN <= keys.length; k++) {
    let n = 0;
    for (let m = k; m < k + SHARED_RUN; m++) n += content[m] as number;
    if (n >= RUN_CONTENT) out.add(keys.slice(k, k + SHARED_RUN).join(' '));
  }
  return out;
}

interface Prepared {
  stems: Set<string>;
  keys: string;
  runs: Set<string>;
}

// A quotation is compared with its partners in every other article: prepare it once.
const prepared = new WeakMap<QuoteFact, Prepared>();
function prepare(x: QuoteFact): Prepared {
  let v = prepared.get(x);
  if (v === undefined) {
    v = {
      stems: contentStems(x.inner.text),
      keys: wordKeys(x.inner.text),
      runs: runsOf(x.inner.text),
    };
    prepared.set(x, v);
  }
  return v;
}

/** Two quotations' likeness: shared content words, or 1 when they share a run of quoted words. */
function likeness(x: Prepared, y: Prepared): number {
  const d = dice(x.stems, y.stems);
  if (d >= SAME_QUOTE) return d;
  for (const r of x.runs) if (y.runs.has(r)) return SAME_QUOTE;
  return d;
}

const ABBR = new Map(Object.entries(ABBREVIATIONS));

/** One spelling of a lower-case word: abbreviations read in full ("ok" / "okay"), British as American. */
const spelling = (w: string): string => oneSpelling(ABBR.get(w) ?? w);

const hasWord = (t: string) => /[\p{L}\p{N}]/u.test(t);

/** Quotation pairs whose diffs are kept (see quoteDiff); all are let go past this many. */
const KEPT_DIFFS = 4096;
const diffs = new Map<string, Map<string, readonly DiffSpan[]>>();
let keptDiffs = 0;

/**
 * The word diff of two quotations (see diffQuotes). A quotation is printed in every copy of its
 * paragraph, so the same two are diffed again for each pair of versions that carry them: the diffs of
 * recent pairs are kept, to be read and never changed.
 */
export function quoteDiff(x: string, y: string): readonly DiffSpan[] {
  let spans = diffs.get(x)?.get(y);
  if (spans === undefined) {
    if (keptDiffs >= KEPT_DIFFS) {
      diffs.clear();
      keptDiffs = 0;
    }
    let byY = diffs.get(x);
    if (byY === undefined) diffs.set(x, (byY = new Map()));
    byY.set(y, (spans = diffQuotes(x, y)));
    keptDiffs++;
  }
  return spans;
}

/**
 * A word diff of two quotations, merged for reading; when merging leaves no shared word (a short
 * excerpt inside a long quotation), the minimal diff, so that the shared words still anchor it.
 */
function diffQuotes(x: string, y: string): DiffSpan[] {
  const opts = { ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true, spelling };
  const spans = wordDiff(x, y, opts);
  if (spans.some((s) => s.op === 'equal' && hasWord(x.slice(s.aStart, s.aEnd)))) return spans;
  return wordDiff(x, y, { ...opts, semantic: false });
}

/**
 * The changed spans of a quotation diff, without words only one side has before the first or after
 * the last shared word: one quotation excerpting a longer one is no change of wording.
 */
export function inside(spans: readonly DiffSpan[], a: string): DiffSpan[] {
  // Only shared words anchor the excerpt; a shared full stop does not.
  const word = (s: DiffSpan | undefined) =>
    s?.op === 'equal' && /[\p{L}\p{N}]/u.test(a.slice(s.aStart, s.aEnd));
  let lo = spans.findIndex((s) => word(s));
  let hi = spans.length - 1;
  while (hi >= 0 && !word(spans[hi])) hi--;
  if (lo < 0) return spans.filter((s) => s.op !== 'equal');
  const oneSided = (xs: readonly DiffSpan[]) => {
    const changed = xs.filter((s) => s.op !== 'equal');
    return changed.every((s) => s.op === 'delete') || changed.every((s) => s.op === 'insert');
  };
  if (!oneSided(spans.slice(0, lo))) lo = 0;
  if (!oneSided(spans.slice(hi + 1))) hi = spans.length - 1;
  return spans.slice(lo, hi + 1).filter((s) => s.op !== 'equal');
}

/** The same words written otherwise: "O.K." / "okay", "organise" / "organize". */
export function same(x: string, y: string): boolean {
  const key = (t: string) => {
    const k = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return oneSpelling(ABBR.get(k) ?? k);
  };
  return key(x) === key(y);
}

// Sounds a transcript keeps and an editor drops; words joining a list that the other side joins
// with a comma.
const FILLERS = new Set(['oh', 'uh', 'um', 'er', 'erm', 'ah', 'hmm']);
const LIST_JOIN = new Set(['and', 'or']);

/**
 * The same words as spoken, set down otherwise: fillers aside, a compound written in one word or two
 * ("world view" / "worldview"), a list joined by "and" or by a comma ("Bond, the" / "Bond and the").
 */
function spoken(xs: string, ys: string): boolean {
  const toks = (t: string) => (t.toLowerCase().match(WORD) ?? []).filter((w) => !FILLERS.has(w));
  const [u, v] = [toks(xs), toks(ys)];
  if (u.join('') === v.join('')) return true;
  const one = u.length === 0 ? v : v.length === 0 ? u : null;
  return one?.length === 1 && LIST_JOIN.has(one[0] as string);
}

/** Whether a speaker breaks off at `end`: a dash follows ("his world view or his -- the way"). */
const brokenOff = (t: string, end: number) => /^\s*(?:--|—|–)/u.test(t.slice(end));

/**
 * Words a speaker broke off, set down by one side only: "world view or his --" / "worldview", "or his
 * --" / "". The side that breaks off starts with the other's words (compounds aside).
 */
function falseStart(xs: string, ys: string, xBroken: boolean, yBroken: boolean): boolean {
  const join = (t: string) => (t.toLowerCase().match(WORD) ?? []).join('');
  const [u, v] = [join(xs), join(ys)];
  // The other side has words to restart with: a clause dropped before a dash is a change.
  return (
    (xBroken && v !== '' && u !== v && u.startsWith(v)) ||
    (yBroken && u !== '' && u !== v && v.startsWith(u))
  );
}

/** A word said twice in a row on one side and once on the other ("that that's" / "that's"). */
function stutter(st: readonly DiffSpan[], a: string, b: string): boolean {
  if (st.length !== 1) return false;
  const c = st[0] as DiffSpan;
  const [t, s, e] =
    c.op === 'delete'
      ? [a, c.aStart, c.aEnd]
      : c.op === 'insert'
        ? [b, c.bStart, c.bEnd]
        : ['', 0, 0];
  const w = t.slice(s, e).toLowerCase().match(WORD);
  if (w?.length !== 1) return false;
  const before = t
    .slice(0, s)
    .toLowerCase()
    .match(/([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u)?.[1];
  const after = t
    .slice(e)
    .toLowerCase()
    .match(/^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u)?.[1];
  return before === w[0] || after === w[0];
}

/** Quotations sharing at least this share of content words are the same quotation. */
const SAME_QUOTE = 0.5;
/** A stretch with more words than this changed on both sides is a rewrite, not a changed word or two. */
const REWRITTEN = 4;
/** Changes fewer than this many shared words apart are one changed stretch of a quotation. */
const STRETCH_GAP = 3;
/** Words, a gap between changes, and an ellipsis (the writer marked an omission: no misquote). */
const WORD = /[\p{L}\p{N}]+/gu;
const ELLIPSIS = /\.\.\.|…/u;
const MARK = /["“”„«»]/u;

/**
 * The changed spans of a quotation diff grouped into stretches: changes separated by fewer than
 * STRETCH_GAP shared words are one change ("approaches problems ... how most people do" is two).
 */
export function stretches(changed: readonly DiffSpan[], a: string): DiffSpan[][] {
  const out: DiffSpan[][] = [];
  for (const c of changed) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && (a.slice(prev.aEnd, c.aStart).match(WORD)?.length ?? 0) < STRETCH_GAP)
      last.push(c);
    else out.push([c]);
  }
  return out;
}

/** [start, end) with the word before and the word after it, within [lo, hi). */
function grow(text: string, start: number, end: number, lo: number, hi: number): [number, number] {
  const before = /(\S+)\s*$/u.exec(text.slice(lo, start));
  const after = /^\s*(\S+)/u.exec(text.slice(end, hi));
  return [before ? start - before[0].length : start, after ? end + after[0].length : end];
}

// Words that point at the thing just spoken of, whichever is heard: "that's wrong" / "it's wrong".
const POINTING = new Set(['it', 'that', 'this']);

/** One pointing word for another ("that's" / "it's"): the quotation says the same of the same thing. */
function sameReferent(xs: string, ys: string): boolean {
  const [x, y] = [words(xs), words(ys)];
  if (x.length !== 1 || y.length !== 1) return false;
  return POINTING.has(wordKey((x[0] as Word).text)) && POINTING.has(wordKey((y[0] as Word).text));
}

/**
 * Each changed stretch of a quotation as a finding, with whole words on both sides; a stretch that is
 * the same words written otherwise ("O.K." / "OK"), or an omission the other side marks with an
 * ellipsis, is no change of wording.
 */
export function stretchDrafts(
  changed: readonly DiffSpan[],
  x: { text: string; start: number; end: number },
  y: { text: string; start: number; end: number },
  a: string,
  b: string,
): Draft[] {
  const out: Draft[] = [];
  for (const st of stretches(changed, x.text)) {
    const f = st[0] as DiffSpan;
    const l = st[st.length - 1] as DiffSpan;
    const xs = st.map((c) => x.text.slice(c.aStart, c.aEnd)).join(' ');
    const ys = st.map((c) => y.text.slice(c.bStart, c.bEnd)).join(' ');
    if (same(xs, ys) || spoken(xs, ys) || stutter(st, x.text, y.text)) continue;
    if (sameReferent(xs, ys)) continue;
    if (falseStart(xs, ys, brokenOff(x.text, l.aEnd), brokenOff(y.text, l.bEnd))) continue;
    // Many words replaced by many others is another excerpt of the speech, or a paraphrase: no misquote.
    if (words(xs).length > REWRITTEN && words(ys).length > REWRITTEN) continue;
    const near = (t: string, lo: number, hi: number) =>
      ELLIPSIS.test(t.slice(Math.max(0, lo - 4), hi + 4));
    if (
      (!/[\p{L}\p{N}]/u.test(ys) && near(y.text, f.bStart, l.bEnd)) ||
      (!/[\p{L}\p{N}]/u.test(xs) && near(x.text, f.aStart, l.aEnd))
    )
      continue;
    // Words added or dropped show with the words around them, on both sides alike.
    const bare = f.aStart === l.aEnd || f.bStart === l.bEnd;
    const [as, ae] = (bare ? grow : widen)(a, x.start + f.aStart, x.start + l.aEnd, x.start, x.end);
    const [bs, be] = (bare ? grow : widen)(b, y.start + f.bStart, y.start + l.bEnd, y.start, y.end);
    // A stretch across a quotation mark mixes quoted words with the narration around them.
    if (MARK.test(a.slice(as, ae)) || MARK.test(b.slice(bs, be))) continue;
    out.push(
      discrepancy(
        'quote',
        a,
        b,
        [as, ae, bs, be],
        'medium',
        "The quotation's wording differs: {a} vs {b}.",
      ),
    );
  }
  return out;
}

/** Shared words in a row before a cut that anchor it: the two quotations are at the same place. */
const CUT_ANCHOR = 3;
/** Words the longer quotation must go on with, in the same sentence, for a cut to matter. */
const CUT_WORDS = 2;
// A full stop or exclamation; a question is another speaker's turn, an ellipsis marks the cut.
const SENTENCE_STOP = /[.!]/u;
const MARKED_CUT = /\.\s*\.|…|\?/u;

/**
 * A quotation one side ends with a full stop in the middle of a sentence the other side's quotation
 * goes on with: "And yes, I think it's corrupt." against "I think it's corrupt and evidence of
 * collusion." An excerpt leaves out whole sentences or stops where the speaker paused; words cut from
 * the end of the very sentence quoted change what was said.
 */
export function cutShort(
  spans: readonly DiffSpan[],
  x: { text: string; start: number; end: number },
  y: { text: string; start: number; end: number },
  a: string,
  b: string,
): Draft[] {
  let hi = spans.length - 1;
  const wordIn = (s: DiffSpan) => s.op === 'equal' && hasWord(x.text.slice(s.aStart, s.aEnd));
  while (hi >= 0 && !wordIn(spans[hi] as DiffSpan)) hi--;
  const last = spans[hi];
  if (last === undefined) return [];
  const tail = spans.slice(hi + 1).filter((s) => s.op !== 'equal');
  const added = tail.filter((s) =>
    s.op === 'delete'
      ? hasWord(x.text.slice(s.aStart, s.aEnd))
      : hasWord(y.text.slice(s.bStart, s.bEnd)),
  );
  if (
    added.length === 0 ||
    !(added.every((s) => s.op === 'delete') || added.every((s) => s.op === 'insert'))
  )
    return [];
  // The shared words just before the cut: enough of them, in one sentence on both sides.
  const anchor = (t: string, end: number) => {
    const before = t.slice(0, end);
    const from = Math.max(before.search(/[.!?][^.!?]*$/u) + 1, 0);
    return before.slice(from).match(WORD)?.length ?? 0;
  };
  const longerIsX = added[0]?.op === 'delete';
  // The end of the last shared word (punctuation is no difference to the diff, so the span may hold it).
  const wordEnd = (t: string, start: number, end: number) => {
    let e = end;
    while (e > start && !/[\p{L}\p{N}]/u.test(t[e - 1] ?? '')) e--;
    return e;
  };
  const [aEnd, bEnd] = [
    wordEnd(x.text, last.aStart, last.aEnd),
    wordEnd(y.text, last.bStart, last.bEnd),
  ];
  if (Math.min(anchor(x.text, aEnd), anchor(y.text, bEnd)) < CUT_ANCHOR) return [];
  const [lt, lEnd, st, sEnd] = longerIsX
    ? [x.text, aEnd, y.text, bEnd]
    : [y.text, bEnd, x.text, aEnd];
  // The shorter one stops there: a full stop, then nothing but marks and spaces to its end.
  const rest = st.slice(sEnd);
  if (!SENTENCE_STOP.test(rest) || MARKED_CUT.test(rest) || hasWord(rest)) return [];
  // The longer one goes straight on (no stop or comma) for words of the same sentence.
  const on = /^[^\S]*([^.!?]*)/u.exec(lt.slice(lEnd));
  if (
    on === null ||
    /^\s*[,;:—–-]/u.test(lt.slice(lEnd)) ||
    ((on[1] ?? '').match(WORD)?.length ?? 0) < CUT_WORDS
  )
    return [];
  // The words that go on, quoted elsewhere on the shorter side ("... islanders.” She added: “And I
  // think it is unlawful.”): one quotation in two, not cut.
  const shortText = longerIsX ? b : a;
  const goOn = ((on[1] ?? '').toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));
  const told = new Set(shortText.toLowerCase().match(WORD) ?? []);
  if (goOn.length > 0 && goOn.filter((w) => told.has(w)).length * 4 >= goOn.length * 3) return [];
  const lastWord = (t: string, end: number) =>
    end - (/(\S+)\s*$/u.exec(t.slice(0, end))?.[0].length ?? 0);
  const lSpan: [number, number] = [lastWord(lt, lEnd), lEnd + (on[0] ?? '').trimEnd().length];
  const sSpan: [number, number] = [
    lastWord(st, sEnd),
    sEnd + (/^[^\p{L}\p{N}”"’»]*/u.exec(rest)?.[0].trimEnd().length ?? 0),
  ];
  const [xs, ys] = longerIsX ? [lSpan, sSpan] : [sSpan, lSpan];
  return [
    discrepancy(
      'quote',
      a,
      b,
      [x.start + xs[0], x.start + xs[1], y.start + ys[0], y.start + ys[1]],
      'medium',
      'One quotation stops mid-sentence where the other goes on: {a} vs {b}.',
    ),
  ];
}

/**
 * Changed wording inside a direct quotation that both paragraphs carry (a shorter excerpt is no change).
 * Each quotation of a is paired with its likest in b, one to one; then a quotation of b left over is
 * paired with its likest in a, taken or not: one outlet may split a quotation in two around "he said".
 */
export function compareQuotes(a: ParagraphView, b: ParagraphView): Draft[] {
  const out: Draft[] = [];
  const used = new Set<QuoteFact>();
  const xs = a.facts.filter(isQuote);
  const ys = b.facts.filter(isQuote);
  const likest = (p: Prepared, among: readonly QuoteFact[], skip?: Set<QuoteFact>) => {
    let best = SAME_QUOTE;
    let found: QuoteFact | undefined;
    for (const c of among) {
      const d = likeness(p, prepare(c));
      if (!skip?.has(c) && d >= best) [found, best] = [c, d + 1e-12];
    }
    return found;
  };
  const compare = (x: QuoteFact, y: QuoteFact) => {
    const [ka, kb] = [prepare(x).keys, prepare(y).keys];
    if (ka === kb) return;
    const spans = quoteDiff(x.inner.text, y.inner.text);
    // One the other's words in a row is an excerpt, unless it ends in the middle of a sentence.
    if (!ka.includes(kb) && !kb.includes(ka))
      out.push(...stretchDrafts(inside(spans, x.inner.text), x.inner, y.inner, a.text, b.text));
    out.push(...cutShort(spans, x.inner, y.inner, a.text, b.text));
  };
  const pairedX = new Set<QuoteFact>();
  for (const x of xs) {
    const y = likest(prepare(x), ys, used);
    if (!y) continue;
    used.add(y);
    pairedX.add(x);
    compare(x, y);
  }
  const alone = new Set(xs);
  for (const y of ys) {
    if (used.has(y)) continue;
    // Only a longer quotation can hold both halves of one split in two.
    const x = likest(prepare(y), xs);
    if (x && quotedWords(x).words.length > quotedWords(y).words.length) {
      compare(x, y);
      alone.delete(x);
    } else out.push(...fragment(y, b, xs, a).map(swapSides));
  }
  for (const x of alone) if (!pairedX.has(x)) out.push(...fragment(x, a, ys, b));
  return out;
}

/**
 * Whether two quotations are one: alike (see likeness), or one word for word inside the other with two
 * content words at least ("false narrative" inside "... a demonstrably false narrative is alarming").
 */
export function sameQuotation(x: QuoteFact, y: QuoteFact): boolean {
  const [px, py] = [prepare(x), prepare(y)];
  if (px.keys === py.keys || likeness(px, py) >= SAME_QUOTE) return true;
  const [short, long] = px.keys.length <= py.keys.length ? [px, py] : [py, px];
  return short.stems.size >= 2 && long.keys.includes(short.keys);
}

/** Quoted fragments this short (in words) are looked for inside the other side's quotations. */
const FRAGMENT = 6;

const contentWord = (w: Word) => !STOP.has(w.lower) && !STOP.has(bare(w.text));

/** A quotation's words, their keys, and its content words' stems with their places among the words. */
interface QuotedWords {
  words: Word[];
  keys: string[];
  content: Array<readonly [number, string]>;
  /** The content words whose stem is not empty, as the other side of a fragment is read. */
  stemmed: Array<readonly [number, string]>;
}

// Each quotation is checked against the quotations of its partner in every other article.
const quotedWords = cachedByObject((q: QuoteFact): QuotedWords => {
  const ws = words(q.inner.text);
  const content = ws.flatMap((w, m) => (contentWord(w) ? [[m, stem(w.text)] as const] : []));
  return {
    words: ws,
    keys: ws.map((w) => wordKey(w.text)),
    content,
    stemmed: content.filter(([, c]) => c !== ''),
  };
});

/**
 * A few words quoted on one side that the other side quotes otherwise, inside a longer quotation: one
 * word replaced ("steward its resources" / "husband its resources"), or the same words in other forms
 * ("undermining the faith" / "undermined faith"). A fragment found word for word is no change.
 */
function fragment(
  f: QuoteFact,
  fv: ParagraphView,
  others: readonly QuoteFact[],
  ov: ParagraphView,
): Draft[] {
  const [a, b] = [fv.text, ov.text];
  const { words: fw, keys: fk, content } = quotedWords(f);
  if (fw.length < 2 || fw.length > FRAGMENT) return [];
  const fc = content.map(([, c]) => c);
  if (fc.length < 2) return [];
  // Quoted word for word anywhere on the other side (the prepared keys, as sameQuotation reads
  // them): no change, whatever else is near it.
  const own = prepare(f).keys;
  if (others.some((q) => prepare(q).keys.includes(own))) return [];
  const speaker = speakerOf(fv, f);
  for (const q of others) {
    const { words: qw, keys: qk, stemmed: qc } = quotedWords(q);
    if (qw.length <= fw.length) continue;
    // Words of two different speakers are two statements ("a step backwards", said the union, and
    // "a step forward", said the operator).
    const other = speakerOf(ov, q);
    if (speaker !== undefined && other !== undefined && differentSpeakers(speaker, other)) continue;
    let hit: [number, number] | undefined;
    // One word replaced by another word (not another form of it), the others as they were.
    for (let s = 0; s + fw.length <= qw.length && !hit; s++) {
      const diff: number[] = [];
      for (let k = 0; k < fw.length && diff.length < 2; k++) if (fk[k] !== qk[s + k]) diff.push(k);
      if (fw.length < 3 || diff.length !== 1) continue;
      const k = diff[0] as number;
      const [u, v] = [fw[k] as Word, qw[s + k] as Word];
      const kept = fw.filter((w, m) => m !== k && contentWord(w)).length;
      // An opposite in its place ("a step backwards" / "a step forward") is more often the other
      // party's retort than a misquote: two statements, not one changed.
      if (
        contentWord(u) &&
        contentWord(v) &&
        kept > 0 &&
        stem(u.text) !== stem(v.text) &&
        (flagsOf(wordKey(u.text)) & F.antonym) === 0 &&
        (flagsOf(wordKey(v.text)) & F.antonym) === 0
      )
        hit = [s, s + fw.length - 1];
    }
    // The same content words in the same order, some in other forms.
    if (!hit) {
      for (let s = 0; s + fc.length <= qc.length && !hit; s++)
        if (fc.every((c, k) => qc[s + k]?.[1] === c)) {
          const [lo, hi] = [qc[s]?.[0] as number, qc[s + fc.length - 1]?.[0] as number];
          // Nothing but function words between them, and the forms written differ.
          if (hi - lo <= fc.length + 1 && qk.slice(lo, hi + 1).join(' ') !== fk.join(' '))
            hit = [lo, hi];
        }
    }
    if (!hit) continue;
    const [first, last] = [fw[0] as Word, fw[fw.length - 1] as Word];
    const [qa, qb] = [qw[hit[0]] as Word, qw[hit[1]] as Word];
    return [
      discrepancy(
        'quote',
        a,
        b,
        [
          f.inner.start + first.start,
          f.inner.start + last.end,
          q.inner.start + qa.start,
          q.inner.start + qb.end,
        ],
        'medium',
        "The quotation's wording differs: {a} vs {b}.",
      ),
    ];
  }
  return [];
}
