import { isoDate } from './formats.ts';

/** Elements whose content is a paragraph of its own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements whose content is never article text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'svg',
  'MATH',
  'math',
  'HEAD',
]);

/**
 * The text of an element as plain text: each block element (p, h1, li, ...) becomes a paragraph,
 * paragraphs are separated by blank lines, whitespace inside them collapses and <br> breaks a line.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  let inPre = 0;
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => (inPre > 0 ? line.trimEnd() : line.replace(/\s+/g, ' ').trim()))
      .filter((line) => line !== '')
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // Source line breaks are spaces, except inside <pre>.
      const value = node.nodeValue ?? '';
      current += inPre > 0 ? value : value.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'PRE') inPre += 1;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    if (tag === 'PRE') inPre -= 1;
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Article metadata a page declares in its head. */
export interface HtmlMeta {
  title: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
}

/** Reads title, site name, author, published date (YYYY-MM-DD) and canonical URL from meta tags. */
export function readHtmlMeta(doc: Document): HtmlMeta {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = doc.querySelector(
        `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`,
      );
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim();
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    title: meta('og:title', 'twitter:title') ?? (title || null),
    siteName: meta('og:site_name', 'application-name', 'publisher'),
    author: meta('author', 'article:author', 'byl'),
    published: isoDate(
      meta('article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate'),
    ),
    url: webUrl(meta('og:url') ?? canonical ?? null),
  };
}

/** The URL when it is an absolute http(s) URL, else null. */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
