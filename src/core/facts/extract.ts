import { extractAttributions } from './attribution.ts';
import { extractDates } from './dates.ts';
import { extractNames } from './names.ts';
import { extractNumbers } from './numbers.ts';
import { extractQuotes } from './quotes.ts';
import type { Fact, QuoteFact } from './types.ts';
import { words } from './words.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * All checkable facts of a text (a sentence or a paragraph), in text order; offsets into text. The
 * caller may pass the text's words and quotations when it has them already.
 */
export function extractFacts(
  text: string,
  ws = words(text),
  quotes: readonly QuoteFact[] = extractQuotes(text),
): Fact[] {
  // Every extractor reads the same words: split once (or passed in by the caller).
  const dates = extractDates(text, ws);
  // A day of the month belongs to its date, not to the numbers.
  const numbers = extractNumbers(text, ws).filter((n) => !dates.some((d) => overlaps(d, n)));
  const facts: Fact[] = [
    ...numbers,
    ...dates,
    ...extractNames(text, ws),
    ...quotes,
    ...extractAttributions(text, ws),
  ];
  return facts.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
}
