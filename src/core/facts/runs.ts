import { wordDiff } from '../diff/word-diff.ts';
import { STOP } from './lexicon.ts';
import type { Pairing } from './pairing.ts';
import { words } from './words.ts';

/** A stretch where two paired sentences differ; offsets into the paragraph texts. */
export interface Run {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** The changed stretches between two paired sentences (case, punctuation and spacing ignored). */
export function changedRuns(p: Pairing): Run[] {
  const spans = wordDiff(p.a.text, p.b.text, {
    ignoreCase: true,
    ignorePunctuation: true,
    ignoreWhitespace: true,
    semantic: false,
  });
  const runs: Run[] = [];
  let open: Run | null = null;
  for (const s of spans) {
    // Only a shared content word anchors two runs apart; shared "the" or "and" does not.
    if (s.op === 'equal' && (open === null || anchors(p.a.text.slice(s.aStart, s.aEnd)))) {
      open = null;
      continue;
    }
    const r = {
      aStart: p.a.start + s.aStart,
      aEnd: p.a.start + s.aEnd,
      bStart: p.b.start + s.bStart,
      bEnd: p.b.start + s.bEnd,
    };
    if (open) {
      if (r.aEnd > r.aStart)
        [open.aStart, open.aEnd] =
          open.aEnd > open.aStart ? [open.aStart, r.aEnd] : [r.aStart, r.aEnd];
      if (r.bEnd > r.bStart)
        [open.bStart, open.bEnd] =
          open.bEnd > open.bStart ? [open.bStart, r.bEnd] : [r.bStart, r.bEnd];
    } else {
      open = r;
      runs.push(open);
    }
  }
  return runs.map(
    (r) =>
      ({
        ...trim(p.a.text, p.a.start, r.aStart, r.aEnd, 'a'),
        ...trim(p.b.text, p.b.start, r.bStart, r.bEnd, 'b'),
      }) as Run,
  );
}

const anchors = (text: string) => words(text).some((w) => !STOP.has(w.lower));

/** Trims spaces and punctuation off a range so it starts and ends on a word. */
function trim(text: string, base: number, s: number, e: number, side: 'a' | 'b') {
  let from = s - base;
  let to = e - base;
  while (from < to && /[\s\p{P}]/u.test(text[from] ?? '')) from++;
  while (to > from && /[\s\p{P}]/u.test(text[to - 1] ?? '')) to--;
  return side === 'a'
    ? { aStart: base + from, aEnd: base + to }
    : { bStart: base + from, bEnd: base + to };
}

/** Widens an empty side of a run to the word before and after it, so a reader sees where text was dropped. */
export function widen(
  text: string,
  start: number,
  end: number,
  lo: number,
  hi: number,
): [number, number] {
  if (end > start) return [start, end];
  const before = /(\S+)\s*$/u.exec(text.slice(lo, start));
  const after = /^\s*(\S+)/u.exec(text.slice(end, hi));
  const s = before ? start - before[0].length : start;
  const e = after ? end + after[0].length : end;
  return [s, e];
}
