/** A discrepancy placed on a link: articles a and b, paragraphs i and j, offsets into each paragraph's text. */
export interface PlacedDiscrepancy {
  a: string;
  i: number;
  b: string;
  j: number;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** A reference discrepancy as the seed answer key writes it: exact span strings, no offsets. */
export interface ReferenceDiscrepancy {
  a: string;
  i: number;
  b: string;
  j: number;
  a_span: string;
  b_span: string;
}

/** Precision and recall of reported discrepancies against a reference. */
export interface DiscrepancyScore {
  precision: number;
  recall: number;
  f1: number;
  /** Reported items that match a reference item. */
  correct: number;
  reported: number;
  /** Reference items that some report matches. */
  found: number;
  expected: number;
}

/** Places a reference discrepancy by finding its spans in the two paragraph texts (-1 when absent). */
export function placeReference(
  ref: ReferenceDiscrepancy,
  paragraphText: (article: string, index: number) => string,
): PlacedDiscrepancy {
  const aStart = paragraphText(ref.a, ref.i).indexOf(ref.a_span);
  const bStart = paragraphText(ref.b, ref.j).indexOf(ref.b_span);
  return {
    a: ref.a,
    i: ref.i,
    b: ref.b,
    j: ref.j,
    aStart,
    aEnd: aStart < 0 ? -1 : aStart + ref.a_span.length,
    bStart,
    bEnd: bStart < 0 ? -1 : bStart + ref.b_span.length,
  };
}

const hits = (s: number, e: number, t: number, u: number) => s >= 0 && t >= 0 && s < u && t < e;

/** Whether a report matches a reference item: the same paragraph pair (either order), spans overlapping on a side. */
export function matches(r: PlacedDiscrepancy, ref: PlacedDiscrepancy): boolean {
  if (r.a === ref.a && r.i === ref.i && r.b === ref.b && r.j === ref.j)
    return (
      hits(r.aStart, r.aEnd, ref.aStart, ref.aEnd) || hits(r.bStart, r.bEnd, ref.bStart, ref.bEnd)
    );
  if (r.a === ref.b && r.i === ref.j && r.b === ref.a && r.j === ref.i)
    return (
      hits(r.aStart, r.aEnd, ref.bStart, ref.bEnd) || hits(r.bStart, r.bEnd, ref.aStart, ref.aEnd)
    );
  return false;
}

/** Scores reported discrepancies against placed reference ones (precision over reports, recall over references). */
export function scoreDiscrepancies(
  reported: readonly PlacedDiscrepancy[],
  reference: readonly PlacedDiscrepancy[],
): DiscrepancyScore {
  const correct = reported.filter((r) => reference.some((ref) => matches(r, ref))).length;
  const found = reference.filter((ref) => reported.some((r) => matches(r, ref))).length;
  const precision = reported.length === 0 ? 1 : correct / reported.length;
  const recall = reference.length === 0 ? 1 : found / reference.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    correct,
    reported: reported.length,
    found,
    expected: reference.length,
  };
}
