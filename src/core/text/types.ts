/** A sentence of a paragraph; start/end are offsets into the article's original text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A block of text between blank lines; start/end are offsets into the article's original text. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Page furniture (credits, share prompts, section labels): shown dimmed, aligned only to its like. */
  boilerplate: boolean;
  sentences: Sentence[];
}

/** A parsed article: the original text plus its paragraphs and metadata. */
export interface Article {
  id: string;
  title: string;
  /** Published date as YYYY-MM-DD when the text gives one. */
  date: string | null;
  text: string;
  paragraphs: Paragraph[];
}
