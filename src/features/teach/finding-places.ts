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
