import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { alignArticles, type Alignment } from '../core/align/index.ts';
import type { Article } from '../core/text/index.ts';
import { formatAlignment } from './format-text.ts';
import { linkDiscrepancies, type LinkDiscrepancy } from '../core/compare/link-discrepancies.ts';
import { startHelper, threadedDiscrepancies, type Helper } from './align-threads.ts';

export { helperThread as helper } from './align-threads.ts';
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
      if (v !== 'json' && v !== 'text')
        throw new UsageError(`--format must be json or text, not "${v}"`);
      args.format = v;
    } else if (a === '--base' || a.startsWith('--base='))
      args.base = a.includes('=') ? a.slice(a.indexOf('=') + 1) : value();
    else if (a === '--') {
      args.files.push(...argv.slice(k + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** The JSON document the CLI prints, from an alignment and its discrepancies. */
function document(
  articles: readonly Article[],
  alignment: Alignment,
  discrepancies: readonly LinkDiscrepancy[],
) {
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
    links: alignment.links.map((l) => ({
      a: l.a,
      i: l.i,
      b: l.b,
      j: l.j,
      score: l.score,
      kind: l.kind,
      pairs: l.pairs,
    })),
    rows: alignment.rows,
    discrepancies: discrepancies.map((d) => ({
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
  const alignment = alignArticles(articles, base === undefined ? {} : { base });
  return document(articles, alignment, linkDiscrepancies(articles, alignment.links));
}

/** The same document, with half of the discrepancy stage on a helper thread when there is one. */
async function threadedJson(
  articles: readonly Article[],
  base: string | undefined,
  helper: Helper,
): Promise<unknown> {
  const alignment = alignArticles(articles, base === undefined ? {} : { base });
  return document(
    articles,
    alignment,
    await threadedDiscrepancies(articles, alignment.links, helper),
  );
}

/** How the compiled CLI runs main: `self` is its own file, which a helper thread can run too. */
export interface MainOptions {
  self?: URL;
}

/**
 * The command line: prints the alignment of the files in argv; returns the exit code (a promise of it
 * when a helper thread takes part).
 */
export function main(argv: readonly string[], options: MainOptions = {}): number | Promise<number> {
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
  // Started first, so that it parses the articles while this thread aligns them.
  const helper = args.format === 'json' ? startHelper(options.self, args.files) : null;
  try {
    const articles = readArticles(args.files);
    if (args.base !== undefined && !articles.some((a) => a.id === args.base)) {
      throw new ArticleFileError(
        `--base ${args.base}: no such article (ids: ${articles.map((a) => a.id).join(', ')})`,
      );
    }
    if (helper !== null) {
      return threadedJson(articles, args.base, helper).then((doc) => {
        process.stdout.write(`${JSON.stringify(doc)}\n`);
        return 0;
      });
    }
    if (args.format === 'text') {
      const alignment = alignArticles(articles, args.base === undefined ? {} : { base: args.base });
      process.stdout.write(formatAlignment(articles, alignment));
    } else {
      process.stdout.write(`${JSON.stringify(alignmentJson(articles, args.base))}\n`);
    }
    return 0;
  } catch (e) {
    helper?.stop();
    if (e instanceof ArticleFileError) {
      process.stderr.write(`align: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

// Run directly (tsx src/cli/align.ts): never on a helper thread, whose argv names this file too.
if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));
}
