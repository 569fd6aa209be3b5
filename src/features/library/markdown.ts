import { normalizeText } from './formats.ts';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;

/** Inline markup to text: images to their alt text, links to their text, emphasis and code marks dropped. */
export function inlineToText(line: string): string {
  // Escaped marks are hidden in the private-use area until the markup is gone.
  const hide = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
  return (
    line
      .replace(/\\([\\`*_{}[\]()#+\-.!~>|<])/g, (_, c: string) => hide(c))
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/(`+)(.+?)\1/g, '$2')
      .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
      // Underscores inside words (snake_case) are not emphasis.
      .replace(/(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)/g, '$1')
      .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
  );
}

/** Markdown to plain text: one paragraph per block (headings and list items on their own), and the first heading as title. */
export function markdownToText(markdown: string): { text: string; title: string | null } {
  const lines = normalizeText(markdown).split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  let title: string | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(fence === null ? ' ' : '\n'));
    current = [];
  };
  const heading = (text: string) => {
    flush();
    const plain = inlineToText(text).trim();
    if (plain) blocks.push(plain);
    title ??= plain || null;
  };
  // Front matter: a leading --- block; its title, if any, is the default title.
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      const found = lines.slice(1, end).find((l) => /^title:\s*/i.test(l));
      title = found?.replace(/^title:\s*/i, '').replace(/^["']|["']$/g, '') || null;
      lines.splice(0, end + 1);
    }
  }
  for (const raw of lines) {
    const fenceMark = FENCE.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence) {
        flush();
        fence = null;
      } else current.push(raw);
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark[0] ?? '`';
      continue;
    }
    const line = raw.replace(QUOTE, '').replace(QUOTE, '');
    const setext = SETEXT.test(line);
    // A line of = or - under text underlines a heading (before it could read as a rule).
    if (setext && current.length > 0) {
      const text = current.join(' ');
      current = [];
      heading(text);
      continue;
    }
    if (line.trim() === '') flush();
    else if (RULE.test(line) || LINK_DEFINITION.test(line)) flush();
    else if (HEADING.test(line)) heading(HEADING.exec(line)?.[1] ?? '');
    else if (LIST_ITEM.test(line)) {
      flush();
      current.push(inlineToText(LIST_ITEM.exec(line)?.[1] ?? '').trim());
    } else current.push(inlineToText(line).trim());
  }
  flush();
  return { text: blocks.filter((b) => b.trim() !== '').join('\n\n'), title };
}
