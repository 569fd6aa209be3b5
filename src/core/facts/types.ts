/** A [start, end) range of text; offsets into the string the facts were extracted from. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How a number is qualified: exact, a lower bound, an upper bound, an approximation, or a vague plural. */
export type Hedge = 'exact' | 'above' | 'below' | 'around' | 'vague';

/** A quantity with what it counts, e.g. "more than 1,000 soldiers" or "two decades". */
export interface NumberFact extends Span {
  kind: 'number';
  /** The value in base units (decades become years, weeks become days, "a third" is 1/3). */
  value: number;
  /** Inclusive range the phrase allows, e.g. "hundreds" is [100, 999]. */
  low: number;
  high: number;
  hedge: Hedge;
  /** The hedge words as written ("more than", "nearly"), or ''. */
  hedgeText: string;
  /** Unit family: '' for a plain count, or 'year', 'day', 'percent', 'fraction', 'ordinal', 'money'. */
  unit: string;
  /** Lower-cased content words right after the number: what it counts. */
  noun: string[];
}

/** A date or day reference: "on Monday", "11 September 2021", "last week", "in 2018". */
export interface DateFact extends Span {
  kind: 'date';
  weekday: number | null;
  month: number | null;
  day: number | null;
  year: number | null;
  /** Relative reference such as "last week" or "yesterday", normalised to lower case. */
  relative: string | null;
  /** Written with slashes in an order that reads either way ("4/3/2016"): month and day may swap. */
  swappable?: boolean;
}

/** What a name refers to, as far as the text shows. */
export type NameRole = 'person' | 'place' | 'org' | 'group' | 'unknown';

/** A name of a person, place or organisation, found from capitalisation and context. */
export interface NameFact extends Span {
  kind: 'name';
  role: NameRole;
  /** Comparison key: lower case, no diacritics, possessive or dots. */
  key: string;
}

/** A direct quotation; start/end include the marks, inner the words inside them. */
export interface QuoteFact extends Span {
  kind: 'quote';
  inner: Span;
}

/** Who a claim comes from. */
export type SourceType = 'named' | 'anonymous' | 'unattributed';

/** An attribution: source + cue ("officials have said", "according to X", "he told Reuters"). */
export interface AttributionFact extends Span {
  kind: 'attribution';
  source: Span;
  cue: string;
  sourceType: Exclude<SourceType, 'unattributed'>;
  /** The source is a pronoun ("he said"): who it is comes from the text around it. */
  pronoun: boolean;
  /** Who relayed it: "told Reuters", "reported by the news agency X". */
  relay: Span | null;
}

/** Any checkable fact found in a text. */
export type Fact = NumberFact | DateFact | NameFact | QuoteFact | AttributionFact;

/** The kinds of disagreement between two linked paragraphs. */
export type DiscrepancyType =
  'number' | 'date' | 'name' | 'place' | 'quote' | 'attribution' | 'omission' | 'meaning';

/** Where two linked paragraphs disagree on a checkable fact; offsets into each paragraph's text. */
export interface Discrepancy {
  type: DiscrepancyType;
  aSpan: string;
  bSpan: string;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  severity: 'high' | 'medium' | 'low';
  explanation: string;
}
