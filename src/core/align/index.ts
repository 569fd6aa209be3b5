export type { Alignment, Link, LinkKind, Row, SentencePair } from './types.ts';
export { alignArticles, type AlignOptions } from './align.ts';
export { buildRows } from './rows.ts';
