import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossOutletGroups, fableGroups, seedGroups } from './eval-data.ts';
import { fitModel, labelled } from './fit.ts';

const USAGE = `Usage: npm run train -- --data DIR [--seeds DIR] [--l2 X]

Fits the link combiner (logistic regression over paragraph-pair evidence) on every reference set in
DIR (seed-alignment-dev.json, basil-dev/, aesop-dev.json) and writes src/core/align/link-model.ts.
Run npm run eval -- --data DIR afterwards: it reports the fitted figures and k-fold cross-validation.
`;

const root = fileURLToPath(new URL('../../', import.meta.url));

function main(argv: readonly string[]): number {
  const option = (name: string): string | undefined => {
    const k = argv.indexOf(name);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const data = option('--data');
  if (data === undefined || argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return data === undefined && !argv.includes('-h') && !argv.includes('--help') ? 2 : 0;
  }
  const groups = [...seedGroups(data, option('--seeds') ?? `${root}seeds`), ...crossOutletGroups(data), ...fableGroups(data)];
  if (groups.length === 0) {
    process.stderr.write(`train: no reference sets found in ${data}\n`);
    return 1;
  }
  const rows = groups.map(labelled);
  const model = fitModel(rows, Number(option('--l2') ?? 1));
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const body = {
    features: model.features,
    mean: model.mean.map(round),
    scale: model.scale.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
    threshold: model.threshold,
  };
  const sizes = ['seeds', 'cross-outlet', 'fables'].map((s) => `${s} ${rows.filter((r) => r.set === s).reduce((n, r) => n + r.ys.length, 0)}`);
  writeFileSync(
    `${root}src/core/align/link-model.ts`,
    `import type { LinkModel } from './combiner.ts';\n\n` +
      `// Fitted by \`npm run train -- --data DIR\` (src/cli/train.ts) on the candidate pairs of the reference sets\n` +
      `// (${sizes.join(', ')}). Do not edit by hand: retrain.\n` +
      `export const LINK_MODEL: LinkModel = ${JSON.stringify(body, null, 2)};\n`,
  );
  process.stdout.write(`train: ${groups.length} groups, ${rows.reduce((n, r) => n + r.ys.length, 0)} labelled pairs; threshold ${model.threshold}\n`);
  model.features.forEach((f, k) => process.stdout.write(`  ${f.padEnd(12)} ${(model.weights[k] as number).toFixed(3)}\n`));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
