import { describe, expect, it } from 'vitest';
import { fileArticleId, pastedArticleId } from '../../src/features/library/article-ids.ts';
import { decodeText, isoDate, kindOf } from '../../src/features/library/formats.ts';
import { htmlToText, readHtmlMeta } from '../../src/features/library/html-text.ts';
import { markdownToText } from '../../src/features/library/markdown.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 text, dropping a byte-order mark and Windows line endings', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Café\r\n\r\nZürich\r\n')))).toEqual({
      ok: true,
      text: 'Café\n\nZürich',
    });
  });
  it('calls NUL bytes, invalid UTF-8 and control-character soup binary', () => {
    expect(decodeText(bytes(0x41, 0x00, 0x42))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(bytes(0x41, 0xff, 0xfe, 0x42))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(bytes(0x41, 0x01, 0x02, 0x03, 0x42, 0x1b))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });
  it('keeps text with a stray form feed or escape among many letters', () => {
    expect(decodeText(utf8(`${'word '.repeat(40)}\u001b${'more '.repeat(40)}`)).ok).toBe(true);
  });
  it('calls zero bytes and whitespace only empty', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeText(utf8(' \n\t\r\n'))).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('kindOf', () => {
  it('goes by extension, then by MIME type for names without one', () => {
    expect(kindOf('a.TXT')).toBe('text');
    expect(kindOf('notes.markdown')).toBe('markdown');
    expect(kindOf('page.htm')).toBe('html');
    expect(kindOf('report.pdf', 'text/plain')).toBeNull();
    expect(kindOf('clipboard', 'text/html; charset=utf-8')).toBe('html');
    expect(kindOf('clipboard', '')).toBeNull();
  });
});

describe('isoDate', () => {
  it('takes the day from ISO stamps and parses other dates', () => {
    expect(isoDate('2024-03-05T23:30:00-05:00')).toBe('2024-03-05');
    expect(isoDate('March 5, 2024 12:00 UTC')).toBe('2024-03-05');
    expect(isoDate('soon')).toBeNull();
  });
});

describe('markdownToText', () => {
  it('strips headings, emphasis, links, images, code and quote marks', () => {
    const md = [
      '# The *big* story',
      'Said **loudly** by [the mayor](https://x.example) and `the_code` ~~not~~ in a_snake_case _word_.',
      'A soft-wrapped second line.',
      '',
      '![Chart](c.png)',
      '',
      '> Quoted \\*literally\\*.',
      '',
      '1. First item',
      '2. Second item',
      '',
      '---',
      '[ref]: https://x.example',
      'Setext heading',
      '==============',
    ].join('\n');
    expect(markdownToText(md)).toEqual({
      title: 'The big story',
      text: [
        'The big story',
        'Said loudly by the mayor and the_code not in a_snake_case word. A soft-wrapped second line.',
        'Chart',
        'Quoted *literally*.',
        'First item',
        'Second item',
        'Setext heading',
      ].join('\n\n'),
    });
  });
  it('keeps fenced code as it is and takes a front-matter title', () => {
    const md = '---\ntitle: "Budget"\n---\n```\nx = *y*\n  indented\n```\nAfter.';
    expect(markdownToText(md)).toEqual({ title: 'Budget', text: 'x = *y*\n  indented\n\nAfter.' });
  });
});

describe('htmlToText', () => {
  const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('makes each block element a paragraph and keeps <br> as a line break', () => {
    const page = doc(
      '<h1>Title</h1><div>Lead <b>bold</b>\n   text<p>Inner para</p>tail</div><ul><li>One</li><li>Two</li></ul><p>Line one<br>Line two</p>',
    );
    expect(htmlToText(page.body)).toBe(
      'Title\n\nLead bold text\n\nInner para\n\ntail\n\nOne\n\nTwo\n\nLine one\nLine two',
    );
  });
  it('leaves out script, style and template content', () => {
    const page = doc(
      '<p>Kept</p><script>var x = 1;</script><style>p{}</style><template><p>No</p></template>',
    );
    expect(htmlToText(page.body)).toBe('Kept');
  });
  it('reads meta tags, keeping only http(s) URLs', () => {
    const head = (url: string) =>
      doc(
        `<title> Page </title><meta property="og:site_name" content="Post"><meta name="author" content="A. Writer"><meta property="article:published_time" content="2023-01-02T10:00:00Z"><meta property="og:url" content="${url}">`,
      );
    expect(readHtmlMeta(head('https://post.example/a'))).toEqual({
      title: 'Page',
      siteName: 'Post',
      author: 'A. Writer',
      published: '2023-01-02',
      url: 'https://post.example/a',
    });
    expect(readHtmlMeta(head('javascript:alert(1)')).url).toBeNull();
  });
});

describe('article ids', () => {
  it('uses the file name, adding a number before the extension when it is taken', () => {
    const taken = new Set(['a.txt', 'a-2.txt', 'noext']);
    expect(fileArticleId('b.txt', taken)).toBe('b.txt');
    expect(fileArticleId('a.txt', taken)).toBe('a-3.txt');
    expect(fileArticleId('noext', taken)).toBe('noext-2');
  });
  it('numbers pasted articles from 1, reusing free numbers', () => {
    expect(pastedArticleId(new Set())).toBe('pasted-1.txt');
    expect(pastedArticleId(new Set(['pasted-1.txt', 'pasted-3.txt']))).toBe('pasted-2.txt');
  });
});
