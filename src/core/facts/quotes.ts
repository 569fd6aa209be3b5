import type { QuoteFact } from './types.ts';

// Opening mark -> closing mark. Straight double quotes close themselves.
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»', '‘': '’' };
const OPENING = new Set(Object.keys(PAIRS).map((k) => k.charCodeAt(0)));

/** Whether a single closing mark at i ends a quote rather than being an apostrophe inside a word. */
function closesSingle(text: string, i: number): boolean {
  return !/\p{L}/u.test(text[i + 1] ?? '');
}

/** Finds direct quotations in straight or curly marks; an unclosed quote runs to the end of the text. */
export function extractQuotes(text: string): QuoteFact[] {
  const out: QuoteFact[] = [];
  let i = 0;
  while (i < text.length) {
    // Most characters open nothing: skip them by code before any string is made.
    if (!OPENING.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const open = text[i] ?? '';
    const close = PAIRS[open];
    // A single opening mark only counts after a space or at the start ("‘gay paradise’").
    if (close === undefined || (open === '‘' && i > 0 && !/[\s(["“]/.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    const closeCode = close.charCodeAt(0);
    const single = close === '’';
    let j = i + 1;
    while (
      j < text.length &&
      !(text.charCodeAt(j) === closeCode && (!single || closesSingle(text, j)))
    )
      j++;
    const innerEnd = Math.min(j, text.length);
    const inner = text.slice(i + 1, innerEnd);
    if (/\p{L}/u.test(inner)) {
      const end = Math.min(j + 1, text.length);
      out.push({
        kind: 'quote',
        start: i,
        end,
        text: text.slice(i, end),
        inner: { start: i + 1, end: innerEnd, text: inner },
      });
    }
    i = j + 1;
  }
  return out;
}
