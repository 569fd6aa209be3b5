export type { ArticleInput, Comparison, LinkDiscrepancy } from './compute.ts';
export { alignStage, computeComparison, discrepancyStage } from './compute.ts';
export type { Finding, FindingVersion, Place } from './findings.ts';
export {
  findingRow,
  groupFindings,
  normaliseWording,
  paragraphRows,
  SEVERITY_RANK,
} from './findings.ts';
export type { LinkTable } from './link-table.ts';
export { encodeLinks, linkAt, linksOf, tableBuffers } from './link-table.ts';
export { coverageMatrix, rowVariation } from './overview.ts';
