/** A span of an article's text that the reviewer selected. */
export interface TextSelection {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

/** Text pieces carry data-start (their offset in the article text); the container carries data-article. */
const PIECE = '[data-start]';

function pieceStart(el: Element): number {
  return Number((el as HTMLElement).dataset.start);
}

/**
 * The article offset of a DOM point. Inside a text piece it is exact; elsewhere (a button, a gap)
 * it snaps to the next piece for a start and to the end of the previous piece for an end.
 */
function pointOffset(
  pieces: readonly Element[],
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const host = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest(
    PIECE,
  );
  if (host && node.nodeType === Node.TEXT_NODE && host.firstChild === node) {
    return pieceStart(host) + offset;
  }
  const range = node.ownerDocument?.createRange();
  if (!range) return null;
  const order = edge === 'start' ? pieces : [...pieces].reverse();
  for (const piece of order) {
    range.selectNodeContents(piece);
    const where = range.comparePoint(node, offset);
    const length = piece.textContent?.length ?? 0;
    if (edge === 'start' && where <= 0) return pieceStart(piece);
    if (edge === 'end' && where >= 0) return pieceStart(piece) + length;
  }
  return null;
}

/** An article's text by id, or the one text of a single-article container. */
export type TextOf = string | ((articleId: string) => string | undefined);

/**
 * Maps the document's selection inside a container to offsets into an article's text. The
 * article is the nearest element with data-article around the selection (the container itself,
 * or one of several inside it, as the compare grid's cells); a selection across two is ignored.
 */
export function readSelection(container: HTMLElement | null, textOf: TextOf): TextSelection | null {
  const selection = container?.ownerDocument.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const common = range.commonAncestorContainer;
  const host = (
    common.nodeType === Node.TEXT_NODE ? common.parentElement : (common as Element)
  )?.closest<HTMLElement>('[data-article]');
  if (!host || !container.contains(host)) return null;
  const articleId = host.dataset.article;
  if (!articleId) return null;
  const text = typeof textOf === 'string' ? textOf : textOf(articleId);
  if (text === undefined) return null;
  const pieces = [...host.querySelectorAll(PIECE)];
  const start = pointOffset(pieces, range.startContainer, range.startOffset, 'start');
  const end = pointOffset(pieces, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  const quote = text.slice(start, end);
  if (quote.trim() === '') return null;
  // Trim the selection to its words, as a double-click or drag often takes a space on either side.
  const lead = quote.length - quote.trimStart().length;
  const trail = quote.length - quote.trimEnd().length;
  return {
    articleId,
    start: start + lead,
    end: end - trail,
    quote: quote.trim(),
  };
}
