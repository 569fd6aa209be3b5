import { fileURLToPath } from 'node:url';
import type { Link } from '../core/align/index.ts';
import {
  scoreGroupFindings,
  scoreGroupLinks,
  type EvalGroup,
  type FindingFigures,
  type LinkFigures,
  type ReportedFinding,
  type SetName,
} from '../core/eval/index.ts';
import { crossOutletGroups, fableGroups, seedGroups } from './eval-data.ts';
import { scoreInjected, type InjectedScore } from './inject-changes.ts';
import { alignArticles } from '../core/align/index.ts';
import { parseArticle } from '../core/text/index.ts';
import { fitModel, foldsOf, groupLinks, labelled } from './fit.ts';
import { linkDiscrepancies } from '../core/compare/link-discrepancies.ts';

const USAGE = `Usage: npm run --silent eval -- --data DIR [--folds K] [--json] [--seeds DIR]

Measures the alignment and the discrepancies on the reference sets in DIR (for example ../shared/eval):
  seeds         seed-alignment-dev.json (articles read from --seeds, default the project's seeds/)
  cross-outlet  basil-dev/: links scored by the two annotators' consensus, discrepancies against both
  fables        aesop-dev.json: sentence alignment of two tellings, one sentence per paragraph
Prints link precision, recall and F1 per set, discrepancy recall and precision per set and per type,
first with the fitted link model in src/core/align/link-model.ts (trained on these very sets: a
training fit, not a measure of generalisation), then under K-fold cross-validation (default 6): the
combiner's weights and threshold are refitted on the other folds and judged on the held-out groups.
The precision floor, the screening cover and the near-copy rule (src/core/align/pair-context.ts) were
chosen by the developers with all sets in view, so the cross-validated figures are somewhat optimistic. The fables carry no discrepancy annotations.
Last, the news articles of the sets are altered with known changes (src/cli/inject-changes.ts) and
the whole pipeline is scored on them: recall of the changes, false alarms per 100 unchanged paragraphs.
`;

const root = fileURLToPath(new URL('../../', import.meta.url));
const SETS: readonly SetName[] = ['seeds', 'cross-outlet', 'fables'];

interface SetResult {
  set: SetName;
  groups: number;
  links: LinkFigures;
  discrepancies: FindingFigures;
}

function measure(groups: readonly EvalGroup[], links: readonly Link[][]): SetResult[] {
  return SETS.flatMap((set) => {
    const idx = groups.map((g, k) => (g.set === set ? k : -1)).filter((k) => k >= 0);
    if (idx.length === 0) return [];
    const mine = idx.map((k) => groups[k] as EvalGroup);
    const predicted = idx.map((k) => links[k] ?? []);
    const reported: ReportedFinding[][] = mine.map((g, n) => linkDiscrepancies(g.articles, predicted[n] ?? []));
    return [{ set, groups: mine.length, links: scoreGroupLinks(mine, predicted), discrepancies: scoreGroupFindings(mine, reported) }];
  });
}

const f3 = (x: number) => x.toFixed(3);

function table(title: string, results: readonly SetResult[]): string {
  const out = [title];
  for (const r of results) {
    const l = r.links;
    const d = r.discrepancies;
    out.push(
      `  ${r.set.padEnd(13)} links  P ${f3(l.precision)}  R ${f3(l.recall)}  F1 ${f3(l.f1)}   (found ${l.found} of ${l.owed} owed, ${l.wrong} wrong, ${l.predicted} predicted; ${r.groups} groups)`,
    );
    // Sets without discrepancy annotations (the fables) have nothing to score them against.
    if (d.reference > 0) {
      out.push(`  ${''.padEnd(13)} discr. R ${f3(d.recall)}  P ${f3(d.precision)}          (found ${d.found} of ${d.reference}; ${d.useful} of ${d.reported} reported match)`);
      for (const [type, t] of Object.entries(d.byType).sort()) {
        const rec = t.reference > 0 ? `R ${f3(t.found / t.reference)} (${t.found}/${t.reference})` : 'R   -  ';
        const pre = t.reported > 0 ? `P ${f3(t.useful / t.reported)} (${t.useful}/${t.reported})` : 'P   -';
        out.push(`  ${''.padEnd(15)}${type.padEnd(12)} ${rec.padEnd(20)} ${pre}`);
      }
    }
  }
  return out.join('\n');
}

/** The spans the whole pipeline (align, link selection, discrepancies) flags in the altered copy. */
function pipelineSpans(original: string, altered: string): Array<[number, number]> {
  const articles = [parseArticle('original.txt', original), parseArticle('altered.txt', altered)];
  const altText = articles[1] as (typeof articles)[number];
  return linkDiscrepancies(articles, alignArticles(articles).links).map((d) => {
    const [p, s, e] = d.b === 'altered.txt' ? [d.j, d.bStart, d.bEnd] : [d.i, d.aStart, d.aEnd];
    const start = altText.paragraphs[p]?.start ?? 0;
    return [start + s, start + e];
  });
}

function injectedTable(title: string, m: InjectedScore): string {
  const kinds = Object.entries(m.byKind)
    .sort()
    .map(([k, v]) => `${k} ${v.found}/${v.changes}`)
    .join(', ');
  return `${title}\n  recall ${f3(m.recall)} (${m.found} of ${m.changes} changes; ${kinds})\n  false alarms ${m.per100.toFixed(2)} per 100 unchanged paragraphs (${m.falseAlarms} in ${m.unchanged})`;
}

function main(argv: readonly string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const option = (name: string): string | undefined => {
    const k = argv.indexOf(name);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const data = option('--data');
  if (data === undefined) {
    process.stderr.write(`eval: --data DIR is required (the folder of reference sets, e.g. ../shared/eval)\n\n${USAGE}`);
    return 2;
  }
  const folds = Number(option('--folds') ?? 6);
  if (!Number.isInteger(folds) || folds < 2) {
    process.stderr.write(`eval: --folds must be a whole number of at least 2\n`);
    return 2;
  }
  const groups = [...seedGroups(data, option('--seeds') ?? `${root}seeds`), ...crossOutletGroups(data), ...fableGroups(data)];
  if (groups.length === 0) {
    process.stderr.write(`eval: no reference sets found in ${data}\n`);
    return 1;
  }
  const fitted = measure(groups, groups.map((g) => groupLinks(g)));
  const rows = groups.map(labelled);
  const fold = foldsOf(groups, folds);
  const held: Link[][] = groups.map(() => []);
  for (let f = 0; f < folds; f++) {
    const train = rows.filter((_, k) => fold[k] !== f);
    const model = fitModel(train);
    groups.forEach((g, k) => {
      if (fold[k] === f) held[k] = groupLinks(g, model);
    });
  }
  const crossValidated = measure(groups, held);
  // Real news with known changes: the articles of the seed and cross-outlet sets, each altered three ways.
  const news = [...new Map(groups.filter((g) => g.set !== 'fables').flatMap((g) => g.articles).map((a) => [a.id, a.text])).values()];
  const injected = scoreInjected(news, [1, 2, 3], pipelineSpans);
  if (!argv.includes('--json')) {
    process.stdout.write(`${table('Fitted link model (src/core/align/link-model.ts), scored on the sets it was trained on:', fitted)}\n\n`);
    process.stdout.write(`${table(`${folds}-fold cross-validation (each group judged by a model fitted without its fold):`, crossValidated)}\n\n`);
    process.stdout.write(`${injectedTable(`Injected changes in the ${news.length} news articles of these sets, through align and discrepancies (fitted model):`, injected)}\n`);
  } else process.stdout.write(`${JSON.stringify({ data, folds, fitted, crossValidated, injected }, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
