/**
 * The id of the claim on text[start, end) of an article marked as a sentence. The same sentence gets
 * the same id in every tab, so two tabs marking it merge into one claim instead of two.
 */
export function sentenceClaimId(articleId: string, start: number, end: number): string {
  return `sentence:${start}-${end}:${articleId}`;
}

/** A fresh id for a claim on a span the reviewer selected. */
export function selectionClaimId(
  articleId: string,
  start: number,
  end: number,
  now: number,
): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  const salt = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `selection:${start}-${end}:${now.toString(36)}${salt}:${articleId}`;
}
