/** A [start, end) range of one sentence within the text given to splitSentences. */
export type Range = readonly [number, number];

/** Splits text into sentence ranges (placeholder: to be replaced by the rule-based splitter). */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^.!?]+(?:[.!?]+["'”’)]*|$)/g;
  for (const m of text.matchAll(re)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) out.push([s, e]);
  }
  return out;
}
