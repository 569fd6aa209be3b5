import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { parseArticle } from '../../core/text/index.ts';
import { isoDate, normalizeText } from './formats.ts';
import { htmlToText, readHtmlMeta, webUrl } from './html-text.ts';
import { draftFromText, type ArticleDraft } from './read-file.ts';

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
