import { BLOCKS_PER_STEP, detectBoilerplateSteps, isShortLabel, runSteps } from './boilerplate.ts';
import { splitSentences } from './sentences.ts';
import type { Article, Paragraph } from './types.ts';

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[^\S\n]*/i;
const PARAGRAPH_BREAK = /\n\s*\n/g;
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_WORDS = 25;

interface Block {
  start: number;
  end: number;
}

/** Blocks separated by blank (or whitespace-only) lines, trimmed, empty ones dropped. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    const piece = text.slice(s, e);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (s + lead < e - trail) blocks.push({ start: s + lead, end: e - trail });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}

/** A heading: one line, short, without closing punctuation. */
export function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  return (
    t.length > 0 &&
    !t.includes('\n') &&
    t.length <= TITLE_MAX_CHARS &&
    t.split(/\s+/).length <= TITLE_MAX_WORDS &&
    !/[.!?:;,]$/.test(t)
  );
}

/** A readable stand-in title: the first sentence, cut at a word boundary. */
function fallbackTitle(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= 120) return t;
  const cut = t.slice(0, 117);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,;:]+$/, '')}…`;
}

/** Parses plain text into an article: paragraphs, sentences, boilerplate flags, title and date. */
export function parseArticle(id: string, text: string): Article {
  return runSteps(parseArticleSteps(id, text));
}

/**
 * parseArticle in steps of some BLOCKS_PER_STEP paragraphs: the same parse, with pauses at which a
 * caller on the main thread can let the page respond (a 5 MB article takes about a second). Once
 * the whole-text passes are done, each pause yields the paragraphs parsed so far (final as they are).
 */
export function* parseArticleSteps(
  id: string,
  text: string,
): Generator<readonly Paragraph[] | void, Article> {
  const marker = DATE_MARKER.exec(text);
  const date = marker?.[1] ?? null;
  const markerEnd = marker ? marker[0].length : 0;
  const blocks = splitBlocks(text);
  yield;
  const furniture = yield* detectBoilerplateSteps(blocks.map((b) => text.slice(b.start, b.end)));
  // The date marker is metadata: sentences start after it.
  const contentStarts = blocks.map((b) => Math.max(b.start, Math.min(markerEnd, b.end)));

  // The first block that is not furniture, nor only the date marker, is the headline candidate.
  const headIndex = furniture.findIndex(
    (f, i) => !f && text.slice(contentStarts[i], blocks[i]?.end).trim() !== '',
  );
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    if (index % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield paragraphs;
    const b = blocks[index]!;
    const contentStart = contentStarts[index] ?? b.start;
    const body = text.slice(contentStart, b.end);
    const boilerplate =
      (furniture[index] ?? false) ||
      body.trim() === '' ||
      (index !== headIndex && headIndex >= 0 && isShortLabel(body));
    // The date marker is the article's date, not its words: a paragraph starts after it.
    paragraphs.push({
      index,
      start: contentStart,
      end: b.end,
      text: body,
      boilerplate,
      sentences: splitSentences(body).map(([s, e]) => ({
        start: contentStart + s,
        end: contentStart + e,
        text: body.slice(s, e),
      })),
    });
  }

  let title = '';
  const head = headIndex >= 0 ? paragraphs[headIndex] : undefined;
  if (head) {
    const firstLine = text.slice(Math.max(head.start, markerEnd), head.end).split('\n')[0] ?? '';
    title = looksLikeTitle(firstLine)
      ? firstLine.trim()
      : fallbackTitle(head.sentences[0]?.text ?? firstLine);
  }
  return { id, title: title || id, date, text, paragraphs };
}
