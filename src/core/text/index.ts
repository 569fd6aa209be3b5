export type { Article, Paragraph, Sentence } from './types.ts';
export { parseArticle, parseArticleSteps, splitBlocks } from './parse-article.ts';
export { runSteps } from './boilerplate.ts';
export { splitSentences } from './sentences.ts';
