import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { alignArticles } from '../core/align/index.ts';
import type { Link } from '../core/align/index.ts';
import { parseArticle, type Article } from '../core/text/index.ts';
import { CompareHelper, type EmitTexts } from './align-threads.ts';
export { serveHelper } from './align-threads.ts';
import { formatAlignment } from './format-text.ts';
import { linkDiscrepancies, type LinkDiscrepancy } from '../core/compare/link-discrepancies.ts';
import { ArticleFileError, readArticleFiles } from './read-articles.ts';

const USAGE = `Usage: npm run --silent align -- [--format json|text] [--base ID] [--threads N] FILE...

Aligns plain-text UTF-8 news articles about one story: links paragraphs that carry the same
reported content (however reordered, merged, split, edited or paraphrased) and groups them
into rows that follow a base article.

Options:
  --format json|text  JSON for programs (default) or a readable alignment table
  --base ID           article whose order the rows follow (a file base name; default: the first)
  --threads N         1 or 2: with 2, a second thread compares the facts of linked paragraphs
                      (JSON only; the output is the same). The default is 2 for a million
                      characters or more on a machine with two cores or more, else 1
  -h, --help          show this help

Each FILE's id is its base name, e.g. 000_2f6f28a286e9c795.txt.
`;

interface Args {
  files: string[];
  format: 'json' | 'text';
  base?: string;
  threads?: number;
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
    else if (a === '--threads' || a.startsWith('--threads=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : value();
      if (v !== '1' && v !== '2') throw new UsageError(`--threads must be 1 or 2, not "${v}"`);
      args.threads = Number(v);
    }
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

/**
 * How the discrepancies of a batch are found: called once the links are known, it returns what
 * finishes the work, which hands emit the JSON text of each discrepancy (see discrepancyText) in order.
 */
export type DiscrepancyStage = (
  articles: readonly Article[],
  links: readonly Link[],
) => (emit: EmitTexts) => void | Promise<unknown>;

/** A discrepancy as the CLI prints it. */
const discrepancyJson = (d: LinkDiscrepancy) => ({
  a: d.a,
  i: d.i,
  b: d.b,
  j: d.j,
  type: d.type,
  aSpan: d.aSpan,
  bSpan: d.bSpan,
  severity: d.severity,
  explanation: d.explanation,
});

/** A discrepancy's JSON text as the CLI prints it. */
const discrepancyText = (d: LinkDiscrepancy) => JSON.stringify(discrepancyJson(d));

/** All in this thread, when asked for. */
const oneThread: DiscrepancyStage = (articles, links) => (emit) =>
  emit(linkDiscrepancies(articles, links).map(discrepancyText));

/**
 * What the CLI prints but the discrepancies, links as the aligner made them (see alignmentJson,
 * printJson); onLinks is called with the links as soon as they are known (before the rows).
 */
function alignmentParts(articles: readonly Article[], base?: string, onLinks?: (links: readonly Link[]) => void) {
  const alignment = alignArticles(articles, { ...(base === undefined ? {} : { base }), ...(onLinks ? { onLinks } : {}) });
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
  };
}

/** The JSON document the CLI prints. */
export function alignmentJson(articles: readonly Article[], base?: string): unknown {
  const parts = alignmentParts(articles, base);
  return {
    ...parts,
    links: parts.links.map(linkJson),
    discrepancies: linkDiscrepancies(articles, parts.links).map(discrepancyJson),
  };
}

/** Links are serialised this many at a time. */
const LINKS_PER_PART = 4096;

/**
 * Prints the JSON document of alignmentJson, byte for byte, in parts: one string of the whole (25 MB
 * for 20 articles of 300 paragraphs) and its copy as bytes cost more time and memory than the parts.
 * The discrepancies are started as soon as the links are known and finished once they are printed
 * (a helper thread works on them meanwhile, see CompareHelper).
 */
export async function printJson(
  articles: readonly Article[],
  base: string | undefined,
  write: (s: string) => void,
  perPart = LINKS_PER_PART,
  discrepancies: DiscrepancyStage = oneThread,
): Promise<void> {
  let finish: ReturnType<DiscrepancyStage> | undefined;
  const { links, ...rest } = alignmentParts(articles, base, (known) => (finish = discrepancies(articles, known)));
  finish ??= discrepancies(articles, links);
  write(`{"base":${JSON.stringify(rest.base)},"articles":${JSON.stringify(rest.articles)},"links":[`);
  const size = Math.max(1, Math.floor(perPart));
  for (let s = 0; s < links.length; s += size) {
    if (s > 0) write(',');
    // Without its brackets: a slice of the string, not a copy.
    write(JSON.stringify(links.slice(s, s + size).map(linkJson)).slice(1, -1));
  }
  write(`],"rows":${JSON.stringify(rest.rows)},"discrepancies":[`);
  // Each one's JSON, joined by commas, is the JSON of the list.
  let none = true;
  await finish((texts) => {
    if (texts.length === 0) return;
    write(none ? texts.join(',') : `,${texts.join(',')}`);
    none = false;
  });
  write(']}\n');
}

/**
 * Below this many characters in all, a second thread does not pay for itself: measured on made-up
 * batches (alternating runs), two threads took 0.1-0.2 s longer on the five seeds (25,000
 * characters), no less at 100,000, 295,000 and 620,000, and 9-15% less at 20 x 300 (1.7 million).
 */
const HELPED_CHARACTERS = 1_000_000;

/** Threads to use unless --threads says: two for a large batch where the machine has two cores or more. */
export const defaultThreads = (characters: number, cores = availableParallelism()): number =>
  characters >= HELPED_CHARACTERS ? Math.min(2, cores) : 1;

/**
 * The command line: prints the alignment of the files in argv; resolves to the exit code. The
 * compiled CLI passes the URL of its own file, which a helper thread runs (see CompareHelper); without
 * one, all runs in this thread.
 */
export async function main(argv: readonly string[], helperUrl?: URL): Promise<number> {
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
  let helper: CompareHelper | undefined;
  try {
    const files = readArticleFiles(args.files);
    if (args.base !== undefined && !files.some((f) => f.id === args.base)) {
      throw new ArticleFileError(`--base ${args.base}: no such article (ids: ${files.map((f) => f.id).join(', ')})`);
    }
    // Started first: it loads while this thread parses.
    const characters = files.reduce((n, f) => n + f.text.length, 0);
    const two =
      args.format === 'json' && helperUrl !== undefined && (args.threads ?? defaultThreads(characters)) > 1;
    const stats = process.env.CROSSCHECK_CLI_STATS === '1';
    const started = two ? new CompareHelper(helperUrl, { stats }) : undefined;
    helper = started;
    const articles = files.map((f) => parseArticle(f.id, f.text));
    started?.share(articles);
    if (args.format === 'text') {
      const alignment = alignArticles(articles, args.base === undefined ? {} : { base: args.base });
      process.stdout.write(formatAlignment(articles, alignment));
    } else {
      await printJson(
        articles,
        args.base,
        (part) => process.stdout.write(part),
        LINKS_PER_PART,
        started === undefined
          ? oneThread
          : (a, l) => started.linkDiscrepancies(a, l, discrepancyText),
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof ArticleFileError) {
      process.stderr.write(`align: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    helper?.close();
  }
}

// Run directly (tsx src/cli/align.ts), not when bundled into the compiled CLI or its helper thread.
if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
