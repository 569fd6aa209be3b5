import { extractFacts } from './extract.ts';
import type { Fact } from './types.ts';
import { words } from './words.ts';

/** What a reviewer may want to check about one sentence's sourcing. */
export interface SourcingHint {
  /** It carries a number, a date, or a name in a declarative statement. */
  checkable: boolean;
  /** It names or points to a source (named, anonymous, or "reportedly"). */
  attributed: boolean;
  sourceType: 'named' | 'anonymous' | 'unattributed';
  /** 'unsourced?' when checkable and unattributed: a hint to sort by, not a verdict. */
  hint: 'unsourced?' | null;
  /** The facts that make it checkable. */
  facts: Fact[];
}

// A finite verb makes a statement rather than a label or headline fragment.
const VERBISH =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should)$|\p{L}{3,}(?:ed|es)$/u;

/** Sourcing hint for one sentence: is there a checkable fact, and does anything attribute it? */
export function sourcingHints(sentence: string): SourcingHint {
  const facts = extractFacts(sentence);
  const attributions = facts.filter((f) => f.kind === 'attribution');
  const claim = words(sentence).some((w) => VERBISH.test(w.lower));
  const checkableFacts = facts.filter(
    (f) => f.kind === 'number' || f.kind === 'date' || (f.kind === 'name' && claim),
  );
  const checkable = checkableFacts.length > 0 && claim;
  const attributed = attributions.length > 0;
  const named = attributions.some((f) => f.kind === 'attribution' && f.sourceType === 'named');
  const sourceType = !attributed ? 'unattributed' : named ? 'named' : 'anonymous';
  return {
    checkable,
    attributed,
    sourceType,
    hint: checkable && !attributed ? 'unsourced?' : null,
    facts: checkableFacts,
  };
}
