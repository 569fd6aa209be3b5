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

// Head words of bodies rather than people ("the fire service", "Tajikistan's border guard").
const ORGANIZATION =
  /\b(?:agency|army|association|authority|bank|board|border guard|commission|committee|company|corporation|council|court|department|force|forces|government|group|guard|institute|league|ministry|navy|office|organi[sz]ation|parliament|party|police|service|services|team|union|university|hospital|school|club|embassy|federation|foundation|network|newspaper|station)s?\b/i;

/** Whether a claimant's name reads as an organization; the reviewer can change it. */
export function suggestClaimantType(name: string): 'Person' | 'Organization' {
  return ORGANIZATION.test(name) ? 'Organization' : 'Person';
}
