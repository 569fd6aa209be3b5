import type { Article } from '../text/types.ts';

// Kept apart from the feature code: the rows (built in the page too) read it, and the feature code
// brings the language tables, which load in the worker only.

/** Closing punctuation of a sentence: a paragraph whose last sentence ends otherwise is a line, not prose. */
export const CLOSING = '.!?…:;"\'”’)]';

/** Whether a paragraph is prose: not furniture, and its last sentence closed as a sentence is. */
export function isProse(para: Article['paragraphs'][number]): boolean {
  const last = para.sentences[para.sentences.length - 1]?.text.trim() ?? '';
  return !para.boilerplate && last !== '' && CLOSING.includes(last[last.length - 1] as string);
}
