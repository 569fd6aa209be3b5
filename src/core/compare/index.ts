export type { ArticleInput, Comparison, LinkDiscrepancy } from './compute.ts';
export { computeComparison } from './compute.ts';
export { coverageMatrix, rowVariation } from './overview.ts';
