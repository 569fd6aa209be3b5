import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { parseArticle } from '../../core/text/index.ts';
import type { ArticleRecord } from '../../store/index.ts';
import {
  decodeText,
  isoDate,
  kindOf,
  MAX_IMPORT_BYTES,
  normalizeText,
  type FileKind,
} from './formats.ts';
import { htmlToText, readHtmlMeta, webUrl } from './html-text.ts';
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

/**
 * An article from an HTML page. The page is parsed by DOMParser into a detached document (scripts
 * never run, images are never fetched), sanitised by DOMPurify, and its article found by Readability.
 */
export function draftFromHtml(html: string): ArticleDraft | null {
  const parser = new DOMParser();
  // Read only meta attributes from the raw page: DOMPurify drops the tags that carry them.
  const meta = readHtmlMeta(parser.parseFromString(html, 'text/html'));
  const clean = DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: ['img', 'picture', 'source', 'video', 'audio', 'track', 'style', 'form', 'input'],
  });
  const doc = parser.parseFromString(clean, 'text/html');
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    // A page Readability cannot read falls back to its whole body.
  }
  const body = normalizeText(htmlToText(article?.content ?? doc.body));
  if (!body.trim()) return null;
  const title = article?.title?.trim() || meta.title || '';
  // Readability lifts the headline and byline out of the text; put them back as the page showed them,
  // since the text is what gets compared (and an article record has no author field).
  const byline = article?.byline?.replace(/\s+/g, ' ').trim() || meta.author || '';
  const head = [title, byline && (/^by\b/i.test(byline) ? byline : `By ${byline}`)].filter(
    (line) => line && !body.slice(0, 500).includes(line),
  );
  const text = [...head, body].join('\n\n');
  const url = meta.url ?? '';
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  return draftFromText(text, {
    title,
    outlet: article?.siteName?.trim() || meta.siteName || host,
    date: isoDate(article?.publishedTime) ?? meta.published ?? parseArticle('draft', text).date,
    url: webUrl(url) ?? '',
  });
}

/** Plain text from file contents of a kind, as a draft; null when nothing readable is left. */
export function draftFromContent(kind: FileKind, content: string): ArticleDraft | null {
  if (kind === 'html') return draftFromHtml(content);
  if (kind === 'markdown') {
    const { text, title } = markdownToText(content);
    return text.trim() ? draftFromText(text, title ? { title } : {}) : null;
  }
  return draftFromText(content);
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
  const decoded = decodeText(await bytesOf(file));
  if (!decoded.ok)
    return {
      ok: false,
      message:
        decoded.reason === 'empty'
          ? `${name} is empty.`
          : `${name} looks like a binary file, not UTF-8 text; it was not imported.`,
    };
  const draft = draftFromContent(kind, decoded.text);
  return draft
    ? { ok: true, draft }
    : { ok: false, message: `${name} has no article text that could be read.` };
}
