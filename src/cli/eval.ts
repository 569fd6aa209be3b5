import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignArticles, type Link } from '../core/align/index.ts';
import { pairKey, scoreLinks, type LinkScore, type ReferenceLink } from '../core/eval/index.ts';
import { placeReference, scoreDiscrepancies, type DiscrepancyScore, type ReferenceDiscrepancy } from '../core/facts/index.ts';
import type { Article } from '../core/text/index.ts';
import { linkDiscrepancies } from './link-discrepancies.ts';
import { readArticles } from './read-articles.ts';

const USAGE = `Usage: npm run --silent eval -- [--json] [--seeds DIR] [--reference FILE]

Aligns the seed articles and scores the links against the hand-made reference
(precision, recall and F1 per article pair and overall; optional 'weak' links excluded),
then the discrepancies found on those links (a report counts when it names the same
paragraph pair and its span overlaps the reference span on either side).
Two runs: all seeds aligned together (as the app does) and each reference pair aligned alone.
`;

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Reference {
  description?: string;
  articles: Record<string, unknown>;
  links: ReferenceLink[];
  discrepancies?: ReferenceDiscrepancy[];
}

interface RunScore {
  pairs: LinkScore[];
  overall: LinkScore;
  discrepancies: DiscrepancyScore;
}

function run(articles: readonly Article[], reference: Reference, pairwise: boolean): RunScore {
  const pairs = [...new Set(reference.links.map((l) => pairKey(l.a, l.b)))].sort();
  let links: Link[];
  if (pairwise) {
    links = pairs.flatMap((p) => {
      const [a, b] = p.split('|');
      return alignArticles(articles.filter((x) => x.id === a || x.id === b)).links;
    });
  } else links = alignArticles(articles).links.filter((l) => pairs.includes(pairKey(l.a, l.b)));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const text = (id: string, i: number) => byId.get(id)?.paragraphs[i]?.text ?? '';
  const expected = (reference.discrepancies ?? []).map((r) => placeReference(r, text));
  const discrepancies = scoreDiscrepancies(linkDiscrepancies(articles, links), expected);
  return { ...scoreLinks(reference.links, links, pairs), discrepancies };
}

function table(title: string, result: RunScore): string {
  const line = (s: LinkScore) =>
    `  ${s.pair.padEnd(52)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives}, optional ${s.optionalHits})`;
  const d = result.discrepancies;
  const disc = `  discrepancies on these links${' '.repeat(24)} P ${d.precision.toFixed(3)}  R ${d.recall.toFixed(3)}  F1 ${d.f1.toFixed(3)}  (correct ${d.correct} of ${d.reported} reported, found ${d.found} of ${d.expected})`;
  return [title, ...result.pairs.map(line), line(result.overall), disc].join('\n');
}

function main(argv: readonly string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const option = (name: string, fallback: string) => {
    const k = argv.indexOf(name);
    return k >= 0 && argv[k + 1] !== undefined ? (argv[k + 1] as string) : fallback;
  };
  const seedsDir = option('--seeds', `${root}seeds`);
  const referencePath = option('--reference', `${root}tests/fixtures/eval/seed-alignment-dev.json`);
  const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as Reference;
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const articles = readArticles(files.map((f) => `${seedsDir}/${f}`));
  const missing = Object.keys(reference.articles).filter((id) => !articles.some((a) => a.id === id));
  if (missing.length > 0) {
    process.stderr.write(`eval: reference articles not found in ${seedsDir}: ${missing.join(', ')}\n`);
    return 1;
  }
  const together = run(articles, reference, false);
  const alone = run(articles, reference, true);
  const report = { reference: referencePath.replace(root, ''), together, pairwise: alone };
  if (!argv.includes('--json')) {
    process.stdout.write(`${table(`All ${articles.length} seeds aligned together:`, together)}\n\n`);
    process.stdout.write(`${table('Each pair aligned alone:', alone)}\n\n`);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
