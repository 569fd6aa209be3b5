export type { Alignment, Link, LinkKind, Row, SentencePair } from './types.ts';
export { alignArticles, pairEvidence, type AlignOptions, type PairEvidence } from './align.ts';
export { buildRows } from './rows.ts';
export { linkBasis, linkStrength } from './strength.ts';
