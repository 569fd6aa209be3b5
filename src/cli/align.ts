import { fileURLToPath } from 'node:url';
import { alignArticles } from '../core/align/index.ts';
import type { Link } from '../core/align/index.ts';
import type { Article } from '../core/text/index.ts';
import { formatAlignment } from './format-text.ts';
import { linkDiscrepancies } from '../core/compare/link-discrepancies.ts';
import { ArticleFileError, readArticles } from './read-articles.ts';

const USAGE = `Usage: npm run --silent align -- [--format json|text] [--base ID] FILE...

Aligns plain-text UTF-8 news articles about one story: links paragraphs that carry the same
reported content (however reordered, merged, split, edited or paraphrased) and groups them
into rows that follow a base article.

Options:
  --format json|text  JSON for programs (default) or a readable alignment table
  --base ID           article whose order the rows follow (a file base name; default: the first)
  -h, --help          show this help

Each FILE's id is its base name, e.g. 000_2f6f28a286e9c795.txt.
`;

interface Args {
  files: string[];
  format: 'json' | 'text';
  base?: string;
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], format: 'json', help: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    const value = (): string => {
      const v = argv[++k];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : value();
      if (v !== 'json' && v !== 'text') throw new UsageError(`--format must be json or text, not "${v}"`);
      args.format = v;
    } else if (a === '--base' || a.startsWith('--base=')) args.base = a.includes('=') ? a.slice(a.indexOf('=') + 1) : value();
    else if (a === '--') {
      args.files.push(...argv.slice(k + 1));
      break;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** A link as the CLI prints it. */
const linkJson = (l: Link) => ({ a: l.a, i: l.i, b: l.b, j: l.j, score: l.score, kind: l.kind, pairs: l.pairs });

/** What the CLI prints, links as the aligner made them (see alignmentJson, printJson). */
function alignmentParts(articles: readonly Article[], base?: string) {
  const alignment = alignArticles(articles, base === undefined ? {} : { base });
  return {
    base: alignment.base,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      date: a.date,
      paragraphs: a.paragraphs.map((p) => ({
        index: p.index,
        text: p.text,
        boilerplate: p.boilerplate,
        sentences: p.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text })),
      })),
    })),
    links: alignment.links,
    rows: alignment.rows,
    discrepancies: linkDiscrepancies(articles, alignment.links).map((d) => ({
      a: d.a,
      i: d.i,
      b: d.b,
      j: d.j,
      type: d.type,
      aSpan: d.aSpan,
      bSpan: d.bSpan,
      severity: d.severity,
      explanation: d.explanation,
    })),
  };
}

/** The JSON document the CLI prints. */
export function alignmentJson(articles: readonly Article[], base?: string): unknown {
  const parts = alignmentParts(articles, base);
  return { ...parts, links: parts.links.map(linkJson) };
}

/** Links are serialised this many at a time. */
const LINKS_PER_PART = 4096;

/**
 * Prints the JSON document of alignmentJson, byte for byte, in parts: one string of the whole (25 MB
 * for 20 articles of 300 paragraphs) and its copy as bytes cost more time and memory than the parts.
 */
export function printJson(
  articles: readonly Article[],
  base: string | undefined,
  write: (s: string) => void,
  perPart = LINKS_PER_PART,
): void {
  const { links, ...rest } = alignmentParts(articles, base);
  write(`{"base":${JSON.stringify(rest.base)},"articles":${JSON.stringify(rest.articles)},"links":[`);
  const size = Math.max(1, Math.floor(perPart));
  for (let s = 0; s < links.length; s += size) {
    if (s > 0) write(',');
    // Without its brackets: a slice of the string, not a copy.
    write(JSON.stringify(links.slice(s, s + size).map(linkJson)).slice(1, -1));
  }
  write(`],"rows":${JSON.stringify(rest.rows)},"discrepancies":${JSON.stringify(rest.discrepancies)}}\n`);
}

/** The command line: prints the alignment of the files in argv; returns the exit code. */
export function main(argv: readonly string[]): number {
  // A reader that stops early (| head) is no error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`align: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.files.length === 0) {
    process.stderr.write(`align: no input files\n\n${USAGE}`);
    return 2;
  }
  try {
    const articles = readArticles(args.files);
    if (args.base !== undefined && !articles.some((a) => a.id === args.base)) {
      throw new ArticleFileError(`--base ${args.base}: no such article (ids: ${articles.map((a) => a.id).join(', ')})`);
    }
    if (args.format === 'text') {
      const alignment = alignArticles(articles, args.base === undefined ? {} : { base: args.base });
      process.stdout.write(formatAlignment(articles, alignment));
    } else {
      printJson(articles, args.base, (part) => process.stdout.write(part));
    }
    return 0;
  } catch (e) {
    if (e instanceof ArticleFileError) {
      process.stderr.write(`align: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
