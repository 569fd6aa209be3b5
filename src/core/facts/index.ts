export type {
  AttributionFact,
  DateFact,
  Discrepancy,
  DiscrepancyType,
  Fact,
  Hedge,
  NameFact,
  NameRole,
  NumberFact,
  QuoteFact,
  SourceType,
  Span,
} from './types.ts';
export type { ParagraphInput } from './pairing.ts';
export type { SourcingHint } from './hints.ts';
export type { DiscrepancyScore, PlacedDiscrepancy, ReferenceDiscrepancy } from './score.ts';
export { findDiscrepancies, type CompareCache } from './compare.ts';
export { extractFacts } from './extract.ts';
export { extractNumbers } from './numbers.ts';
export { extractDates } from './dates.ts';
export { extractNames } from './names.ts';
export { extractQuotes } from './quotes.ts';
export { extractAttributions } from './attribution.ts';
export { sourcingHints } from './hints.ts';
export { matches, placeReference, scoreDiscrepancies } from './score.ts';
