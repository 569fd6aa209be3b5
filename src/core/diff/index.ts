export type { DiffOptions, DiffSpan } from './types.ts';
export type { DisplaySpan } from './word-diff.ts';
export { pairChanges, similarity, wordDiff } from './word-diff.ts';
export { comparisonKeys, tokenize } from './tokens.ts';
