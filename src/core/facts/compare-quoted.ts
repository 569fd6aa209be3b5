import { wordDiff } from '../diff/word-diff.ts';
import { discrepancy } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { inside, same } from './compare-quotes.ts';
import type { Pairing, ParagraphView, SentenceView } from './pairing.ts';
import { widen } from './runs.ts';
import { words } from './words.ts';

/** Sentences this close are the same words quoted, when one of them is a quotation. */
const QUOTED_OVERLAP = 0.5;
/** At most this many words changed a side: more is a paraphrase of the quotation, not a misquote. */
const MAX_CHANGED = 4;

/** The quoted stretch of a sentence: the part inside a quotation, when it is most of the sentence. */
function quoted(s: SentenceView, v: ParagraphView): [number, number] | null {
  for (const f of v.facts) {
    if (f.kind !== 'quote') continue;
    const start = Math.max(s.start, f.inner.start);
    const end = Math.min(s.end, f.inner.end);
    if (end - start >= 0.6 * (s.end - s.start)) return [start, end];
  }
  return null;
}

const count = (text: string) => words(text).length;

/**
 * A quoted sentence against its partner, quoted or not, when the paragraph-level quotations did not
 * meet (a quotation that spans paragraphs, or a long one excerpted): a few words changed inside the
 * same quoted words is a change of wording ("the finest crew in the fleet" / "the finest crew in all the fleet").
 */
export function compareQuotedSentence(p: Pairing, va: ParagraphView, vb: ParagraphView): Draft[] {
  if (p.overlap < QUOTED_OVERLAP) return [];
  const qa = quoted(p.a, va);
  const qb = quoted(p.b, vb);
  if (!qa && !qb) return [];
  const [as0, ae0] = qa ?? [p.a.start, p.a.end];
  const [bs0, be0] = qb ?? [p.b.start, p.b.end];
  const x = va.text.slice(as0, ae0);
  const y = vb.text.slice(bs0, be0);
  const opts = { ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true };
  const changed = inside(wordDiff(x, y, opts), x);
  const f = changed[0];
  const l = changed[changed.length - 1];
  if (!f || !l) return [];
  const xs = changed.map((c) => x.slice(c.aStart, c.aEnd)).join(' ');
  const ys = changed.map((c) => y.slice(c.bStart, c.bEnd)).join(' ');
  if (count(xs) > MAX_CHANGED || count(ys) > MAX_CHANGED || same(xs, ys)) return [];
  const [as, ae] = widen(va.text, as0 + f.aStart, as0 + l.aEnd, as0, ae0);
  const [bs, be] = widen(vb.text, bs0 + f.bStart, bs0 + l.bEnd, bs0, be0);
  const template = "The quotation's wording differs: {a} vs {b}.";
  return [discrepancy('quote', va.text, vb.text, [as, ae, bs, be], 'medium', template)];
}
