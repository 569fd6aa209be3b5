/** A quotation mark a quoted text may open with ("'" is left out: "'90s" opens with an elision). */
export const OPENS_QUOTED = /^\s*["“‘«„‚]/u;

/**
 * Text in quotation marks for a sentence of the interface: “text”, or ‘text’ when the text opens
 * with a quotation mark of its own (a sentence that is a quotation), so that the marks do not double
 * (““Not that cool,” he replied.”) and its end stays visible.
 */
export function quoted(text: string): string {
  return OPENS_QUOTED.test(text) ? `‘${text}’` : `“${text}”`;
}
