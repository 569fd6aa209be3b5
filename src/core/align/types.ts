/** How two linked paragraphs relate. */
export type LinkKind = 'identical' | 'edited' | 'paraphrase' | 'partial';

/** Two sentences that carry the same content: indexes into each paragraph's sentences. */
export interface SentencePair {
  i: number;
  j: number;
  score: number;
}

/** Paragraph i of article a carries content that paragraph j of article b also carries. */
export interface Link {
  a: string;
  i: number;
  b: string;
  j: number;
  /** Strength of the evidence in [0, 1]. */
  score: number;
  kind: LinkKind;
  /** The sentence pairs that justify the link (why it was made). */
  pairs: SentencePair[];
}

/** One row of the side-by-side view. */
export interface Row {
  /** Per article id: the paragraph indexes shown in this row, in article order. */
  cells: Record<string, number[]>;
  /** Per article id: paragraphs that belong here too but are shown in another row. */
  refs: Record<string, number[]>;
}

/** The alignment of a set of articles. */
export interface Alignment {
  /** Article id whose order the rows follow. */
  base: string;
  links: Link[];
  rows: Row[];
}
