/** Options for a word-level diff. */
export interface DiffOptions {
  ignoreCase?: boolean;
  /** Punctuation and quote style (straight vs curly) are not differences. */
  ignorePunctuation?: boolean;
  ignoreWhitespace?: boolean;
  /** Merge small equalities into the changes around them for reading (default true); false keeps the minimal diff. */
  semantic?: boolean;
  /**
   * The spelling a word is compared by (after case and punctuation are applied), so that one word
   * written two ways is no change: "OK" / "okay", "organise" / "organize".
   */
  spelling?: (word: string) => string;
}

/** One span of a diff: equal in both, only in a (delete) or only in b (insert). */
export interface DiffSpan {
  op: 'equal' | 'delete' | 'insert';
  /** [aStart, aEnd) in text a; empty for an insert. */
  aStart: number;
  aEnd: number;
  /** [bStart, bEnd) in text b; empty for a delete. */
  bStart: number;
  bEnd: number;
}
