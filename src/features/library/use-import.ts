import { useCallback } from 'react';
import { getAppStore, selectActiveReview } from '../../store/index.ts';
import { fileArticleId, pastedArticleId } from './article-ids.ts';
import { draftFromText, readArticleFile, type ArticleDraft } from './read-file.ts';
import { normalizeText } from './formats.ts';
import { activeReviewName, renamedSentence } from './review-renamed.ts';

/** What an import did: titles of the articles added, one sentence per refused file, and a rename. */
export interface ImportOutcome {
  added: string[];
  refused: string[];
  /** Says that the review took a new name from its articles, or ''. */
  renamed?: string;
}

const takenIds = () =>
  new Set((selectActiveReview(getAppStore().getState())?.articles ?? []).map((a) => a.id));

const add = (id: string, draft: ArticleDraft) =>
  getAppStore()
    .getState()
    .addArticle({ id, ...draft, addedAt: 0 });

/** Adds pasted text or opened files to the open review. */
export function useImport() {
  const addPasted = useCallback((raw: string): ImportOutcome => {
    const text = normalizeText(raw);
    if (!text.trim())
      return { added: [], refused: ['There is no text to add: paste an article first.'] };
    const draft = draftFromText(text);
    const before = activeReviewName();
    add(pastedArticleId(takenIds()), draft);
    return {
      added: [draft.title],
      refused: [],
      renamed: renamedSentence(before, activeReviewName()),
    };
  }, []);

  const addFiles = useCallback(async (files: Iterable<File>): Promise<ImportOutcome> => {
    const outcome: ImportOutcome = { added: [], refused: [] };
    const before = activeReviewName();
    for (const file of files) {
      const result = await readArticleFile(file);
      if (!result.ok) {
        outcome.refused.push(result.message);
        continue;
      }
      // Ids are taken again after each add, so two files of one name in a batch both get in.
      add(fileArticleId(file.name || 'article.txt', takenIds()), result.draft);
      outcome.added.push(result.draft.title);
    }
    outcome.renamed = renamedSentence(before, activeReviewName());
    return outcome;
  }, []);

  return { addPasted, addFiles };
}
