import type { Draft } from './discrepancy.ts';
import { inside, quoteDiff, stretchDrafts } from './compare-quotes.ts';
import type { Pairing, ParagraphView, SentenceView } from './pairing.ts';
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
  const changed = inside(quoteDiff(x, y), x);
  const xs = changed.map((c) => x.slice(c.aStart, c.aEnd)).join(' ');
  const ys = changed.map((c) => y.slice(c.bStart, c.bEnd)).join(' ');
  if (changed.length === 0 || count(xs) > MAX_CHANGED || count(ys) > MAX_CHANGED) return [];
  return stretchDrafts(changed, { text: x, start: as0, end: ae0 }, { text: y, start: bs0, end: be0 }, va.text, vb.text);
}
