import type { Discrepancy, DiscrepancyType } from './types.ts';

/** A range in each paragraph: [aStart, aEnd, bStart, bEnd]. */
export type Ranges = readonly [number, number, number, number];

/** A discrepancy before its explanation is written: {a} and {b} in the template stand for aNote and bNote. */
export interface Draft extends Omit<Discrepancy, 'explanation'> {
  template: string;
  aNote: string;
  bNote: string;
}

/** Builds a draft from ranges in the two paragraph texts; the notes default to the two spans. */
export function discrepancy(
  type: DiscrepancyType,
  aText: string,
  bText: string,
  [aStart, aEnd, bStart, bEnd]: Ranges,
  severity: Discrepancy['severity'],
  template: string,
  notes?: readonly [string, string],
): Draft {
  const aSpan = aText.slice(aStart, aEnd);
  const bSpan = bText.slice(bStart, bEnd);
  const [aNote, bNote] = notes ?? [aSpan, bSpan];
  return { type, aSpan, bSpan, aStart, aEnd, bStart, bEnd, severity, template, aNote, bNote };
}

/** Writes the one-line explanation and drops the draft fields. */
export function finish(d: Draft): Discrepancy {
  const explanation = d.template.replace(/\{([ab])\}/g, (_, k: string) =>
    q((k === 'a' ? d.aNote : d.bNote) || '(nothing)'),
  );
  // Field by field, in the draft's order: no rest and spread copies.
  return {
    type: d.type,
    aSpan: d.aSpan,
    bSpan: d.bSpan,
    aStart: d.aStart,
    aEnd: d.aEnd,
    bStart: d.bStart,
    bEnd: d.bEnd,
    severity: d.severity,
    explanation,
  };
}

/** Quotes a phrase for an explanation, squeezed to one line. */
export function q(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 57)}…` : t}”`;
}

/** The same discrepancy seen from the other side: a and b swapped. */
export function swapSides(d: Draft): Draft {
  return {
    ...d,
    aNote: d.bNote,
    bNote: d.aNote,
    aSpan: d.bSpan,
    bSpan: d.aSpan,
    aStart: d.bStart,
    aEnd: d.bEnd,
    bStart: d.aStart,
    bEnd: d.aEnd,
  };
}

const RANK: Record<DiscrepancyType, number> = {
  number: 0,
  date: 1,
  meaning: 2,
  quote: 3,
  place: 4,
  name: 5,
  attribution: 6,
  omission: 7,
};

/** Keeps one discrepancy per place: later ones overlapping an earlier one on both sides are dropped. */
export function dedupe(items: Draft[]): Draft[] {
  const sorted = [...items].sort(
    (x, y) => RANK[x.type] - RANK[y.type] || x.aStart - y.aStart || x.bStart - y.bStart,
  );
  const kept: Draft[] = [];
  const hit = (s: number, e: number, t: number, u: number) =>
    (s < u && t < e) || (s === e && s >= t && s <= u);
  for (const d of sorted) {
    const dup = kept.some(
      (k) => hit(d.aStart, d.aEnd, k.aStart, k.aEnd) && hit(d.bStart, d.bEnd, k.bStart, k.bEnd),
    );
    if (!dup) kept.push(d);
  }
  return kept.sort(
    (x, y) => x.aStart - y.aStart || x.bStart - y.bStart || RANK[x.type] - RANK[y.type],
  );
}
