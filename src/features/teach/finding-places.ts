/** How a finding's paragraphs read in an exercise: "A · River ferry capsizes · paragraph 1". */
import {
  articleLetter,
  type Exercise,
  type ExerciseFindingVersion,
} from '../../core/formats/index.ts';
import { describePlace } from '../../core/formats/paragraphs.ts';

type Place = ExerciseFindingVersion['places'][number];

/** Each article's letter (its column in the exercise, as in the compare view) and title, by id. */
export function articleNames(articles: Exercise['articles']): Map<string, string> {
  return new Map(
    articles.map((a, k) => [a.id, `${articleLetter(k)} · ${a.title.trim() || 'Untitled article'}`]),
  );
}

/** A paragraph carrying a version: the article's letter and title, and the paragraph as its reader counts. */
export function placeText(names: ReadonlyMap<string, string>, p: Place): string {
  const where = p.place ? describePlace(p.place) : `paragraph ${p.paragraph + 1}`;
  return `${names.get(p.articleId) ?? p.articleId} · ${where}`;
}

/**
 * A sentence split around the first place its version's wording stands (exact, else ignoring case),
 * so the differing words can be marked; null when the wording is empty or not in the sentence.
 */
export function splitAtWording(
  sentence: string,
  wording: string,
): { before: string; words: string; after: string } | null {
  const w = wording.trim();
  if (w === '') return null;
  let at = sentence.indexOf(w);
  if (at < 0) at = sentence.toLocaleLowerCase('en').indexOf(w.toLocaleLowerCase('en'));
  // Lower-casing can change lengths (İ): only trust a match whose text is the wording's length.
  if (
    at < 0 ||
    sentence.slice(at, at + w.length).toLocaleLowerCase('en') !== w.toLocaleLowerCase('en')
  )
    return null;
  return {
    before: sentence.slice(0, at),
    words: sentence.slice(at, at + w.length),
    after: sentence.slice(at + w.length),
  };
}
