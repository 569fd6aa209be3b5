export type { Article, Paragraph, Sentence } from './types.ts';
export { parseArticle, splitBlocks } from './parse-article.ts';
export { splitSentences } from './sentences.ts';
