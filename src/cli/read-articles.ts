import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticle, type Article } from '../core/text/index.ts';

/** A file that cannot be used as an article, with a reason a person can act on. */
export class ArticleFileError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one plain-text UTF-8 article; throws ArticleFileError when missing, unreadable, empty or binary. */
export function readArticleText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    throw new ArticleFileError(`${path}: cannot read (${why})`);
  }
  if (bytes.includes(0)) throw new ArticleFileError(`${path}: looks binary (contains NUL bytes), expected plain UTF-8 text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleFileError(`${path}: is not valid UTF-8 text`);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new ArticleFileError(`${path}: is empty`);
  return text;
}

/** An article file as read: its id (the file's base name) and text. */
export interface ArticleFile {
  id: string;
  text: string;
}

/** Reads article files; ids are the file base names and must be unique. */
export function readArticleFiles(paths: readonly string[]): ArticleFile[] {
  const seen = new Map<string, string>();
  return paths.map((path) => {
    const id = basename(path);
    const other = seen.get(id);
    if (other !== undefined) throw new ArticleFileError(`${path}: same file name (id "${id}") as ${other}`);
    seen.set(id, path);
    return { id, text: readArticleText(path) };
  });
}

/** Reads and parses articles; ids are the file base names and must be unique. */
export function readArticles(paths: readonly string[]): Article[] {
  return readArticleFiles(paths).map((f) => parseArticle(f.id, f.text));
}
