/** Who made a claim, suggested from the attribution in the sentence that carries it. */
import { extractAttributions } from '../facts/index.ts';
import { parseArticle } from '../text/index.ts';
import type { ArticleData, ClaimData } from './types.ts';

/** The sentence of the article that holds the claim's start, or the quote when none does. */
export function sentenceOf(article: Pick<ArticleData, 'id' | 'text'>, claim: ClaimData): string {
  const at = claim.anchor.start;
  for (const p of parseArticle(article.id, article.text).paragraphs) {
    if (at < p.start || at >= p.end) continue;
    const s = p.sentences.find((x) => at >= x.start && at < x.end);
    if (s) return s.text;
  }
  return claim.anchor.quote;
}

/**
 * The source the sentence credits the claim to ("The fire service said ..." gives "The fire
 * service"), or '' when it names none: a pronoun or an unnamed source is for the reviewer to fill in.
 */
export function suggestClaimant(sentence: string): string {
  const found = extractAttributions(sentence).find((a) => !a.pronoun && a.sourceType === 'named');
  const name = found?.source.text.replace(/^(?:the|a|an)\s+/i, '').trim() ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
