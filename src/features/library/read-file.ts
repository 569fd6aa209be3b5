import { parseArticle } from '../../core/text/index.ts';
import type { ArticleRecord } from '../../store/index.ts';
import { decodeText, kindOf, MAX_IMPORT_BYTES, type Decoded, type FileKind } from './formats.ts';
import { markdownToText } from './markdown.ts';

/** An article ready to add: its text and metadata defaults, without id and time. */
export type ArticleDraft = Omit<ArticleRecord, 'id' | 'addedAt'>;

/** What reading a file gave: an article draft, or a sentence saying why it was refused. */
export type ReadResult = { ok: true; draft: ArticleDraft } | { ok: false; message: string };

const MB = 1024 * 1024;

/** A draft from plain text, with title and date from parseArticle. */
export function draftFromText(text: string, defaults: Partial<ArticleDraft> = {}): ArticleDraft {
  const parsed = parseArticle('draft', text);
  return {
    text,
    title: defaults.title || parsed.title,
    outlet: defaults.outlet ?? '',
    date: defaults.date ?? parsed.date,
    url: defaults.url ?? '',
  };
}

/** Plain text from file contents of a kind, as a draft; null when nothing readable is left. */
export async function draftFromContent(
  kind: FileKind,
  content: string,
): Promise<ArticleDraft | null> {
  // DOMPurify and Readability load on first HTML import, keeping them out of the start-up bundle.
  if (kind === 'html') return (await import('./html-import.ts')).draftFromHtml(content);
  if (kind === 'markdown') {
    const { text, title } = markdownToText(content);
    return text.trim() ? draftFromText(text, title ? { title } : {}) : null;
  }
  return draftFromText(content);
}

/**
 * Decodes a file's bytes: UTF-16 with a byte-order mark (LE or BE, as Windows Notepad saves "Unicode"
 * text) is read as UTF-16, everything else as UTF-8. The UTF-16 text goes through the same checks for
 * binary and empty content as UTF-8 does; odd lengths and lone surrogates are refused as binary.
 */
export function decodeFileBytes(bytes: Uint8Array): Decoded {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return decodeText(bytes);
  let text: string;
  try {
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'binary' };
  }
  return decodeText(new TextEncoder().encode(text));
}

async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Uint8Array(await new Response(file).arrayBuffer());
}

/** Reads a dropped or opened file into an article draft, refusing empty, binary, oversized and unsupported files. */
export async function readArticleFile(file: File): Promise<ReadResult> {
  const name = file.name || 'This file';
  const kind = kindOf(file.name, file.type);
  if (!kind)
    return {
      ok: false,
      message: `${name} is not a supported type: open .txt, .md or .html files.`,
    };
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: `${name} is ${(file.size / MB).toFixed(1)} MB; files up to ${MAX_IMPORT_BYTES / MB} MB can be imported.`,
    };
  if (file.size === 0) return { ok: false, message: `${name} is empty.` };
  const decoded = decodeFileBytes(await bytesOf(file));
  if (!decoded.ok)
    return {
      ok: false,
      message:
        decoded.reason === 'empty'
          ? `${name} is empty.`
          : `${name} looks like a binary file, not UTF-8 or UTF-16 text; it was not imported.`,
    };
  const draft = await draftFromContent(kind, decoded.text);
  return draft
    ? { ok: true, draft }
    : { ok: false, message: `${name} has no article text that could be read.` };
}
