/** Who made a claim, suggested from the attribution in the sentence that carries it. */
import { extractAttributions } from '../facts/index.ts';

/**
 * The source the sentence credits the claim to ("The fire service said ..." gives "The fire
 * service"), or '' when it names none: a pronoun or an unnamed source is for the reviewer to fill in.
 */
export function suggestClaimant(sentence: string): string {
  const found = extractAttributions(sentence).find((a) => !a.pronoun && a.sourceType === 'named');
  const name = found?.source.text.replace(/^(?:the|a|an)\s+/i, '').trim() ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
