/** Where a reviewer is in a review, in a few words for the presence list. */
import type { ReviewData } from '../core/formats/types.ts';
import type { Place } from '../store/place.ts';

const MAX = 48;

/** The focused sentence (its first words), else the grid's focused row, else empty. */
export function describePlace(place: Place, review: ReviewData | undefined): string {
  const article = (id: string) => review?.articles.find((a) => a.id === id);
  if (place.sentence) {
    const a = article(place.sentence.article);
    const quote = a?.text.slice(place.sentence.start, place.sentence.end).trim() ?? '';
    if (quote) return `claim “${quote.length > MAX ? `${quote.slice(0, MAX - 1)}…` : quote}”`;
  }
  if (place.row) {
    const a = article(place.row.article);
    return `row of paragraph ${place.row.paragraph + 1} in ${a?.title || a?.outlet || place.row.article}`;
  }
  return '';
}
