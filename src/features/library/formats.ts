/** Largest file the import accepts: 5 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The kinds of file the import reads. */
export type FileKind = 'text' | 'markdown' | 'html';

const BY_EXTENSION: Record<string, FileKind> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

const BY_MIME: Record<string, FileKind> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
};

/** The kind of a file from its extension (or, without one, its MIME type); null when unsupported. */
export function kindOf(name: string, type = ''): FileKind | null {
  const dot = name.lastIndexOf('.');
  if (dot > 0) return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
  return BY_MIME[type.split(';')[0]?.trim().toLowerCase() ?? ''] ?? null;
}

/** Share of control characters above which decoded text is treated as binary. */
const MAX_CONTROL_SHARE = 0.05;

/** Control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Decoded text, or why the bytes are not text. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: 'empty' | 'binary' };

/**
 * Decodes UTF-8 bytes as text, refusing binary data: NUL bytes, invalid UTF-8 or a high share of
 * control characters. Line endings become \n; a byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'binary' };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE)
    return { ok: false, reason: 'binary' };
  const normal = normalizeText(text);
  return normal.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text: normal };
}

/** Plain text with \n line endings, no trailing spaces on lines, at most one blank line in a row. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A YYYY-MM-DD date from an ISO-like or human date string, or null. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (direct) return direct[1] ?? null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}
