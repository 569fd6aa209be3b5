// `npm test`: typecheck, lint, unit and component tests (Vitest), then end-to-end tests in the
// system Chromium (Playwright). Ends with one line `N passed, N failed` totalling every runner.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, missingChromiumMessage } from './e2e/chromium.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const started = Date.now();
mkdirSync('test-results', { recursive: true });

// The local binaries, not npx: npx adds nothing here but start-up time and npm's config warnings.
const bin = (name) => join('node_modules', '.bin', name);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs one command with its output shown as it comes; true when it exited 0. */
function run(label, command, args, env = process.env) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const since = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
  console.log(`=== ${label}: ${ok ? 'ok' : `FAILED (${why})`} in ${seconds(since)}`);
  if (!ok) failures.push(label);
  return ok;
}

/** Reads a runner's JSON report, or null when it wrote none (it crashed, or never started). */
function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Adds a runner's counts; a runner that failed without a failed test (a crash, a suite that did not load) adds one. */
function count(ok, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed || (ok ? 0 : 1);
  totals.skipped += skipped;
}

// Typecheck and lint are not test runners: each failure counts as one failed test.
count(run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']), 0, 0, 0);
count(run('lint', bin('eslint'), ['.', '--max-warnings=0']), 0, 0, 0);

// Vitest: unit and component tests, counted from its JSON report.
const vitestReport = 'test-results/vitest.json';
rmSync(vitestReport, { force: true });
const vitestOk = run(
  'unit and component tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  { ...process.env, NO_COLOR: '1' },
);
const vitest = readReport(vitestReport);
count(
  vitestOk,
  vitest?.numPassedTests ?? 0,
  vitest?.numFailedTests ?? 0,
  (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0),
);

// Playwright: end-to-end tests in the system Chromium, never a downloaded browser.
const chromium = findChromium();
if (!chromium) {
  console.error(`\n${missingChromiumMessage()}\n`);
  if (CI) {
    failures.push('end-to-end tests (no Chromium, and CI=true)');
    count(false, 0, 0, 0);
  } else {
    console.error('!!! The end-to-end tests were SKIPPED: install Chromium to run them.\n');
  }
} else {
  const e2eReport = 'test-results/e2e.json';
  rmSync(e2eReport, { force: true });
  // Playwright forces colour in its workers; NO_COLOR beside it only makes Node warn.
  const env = { ...process.env, CHROMIUM_PATH: chromium };
  delete env.NO_COLOR;
  const e2eOk = run('end-to-end tests (Chromium)', bin('playwright'), ['test'], env);
  const stats = readReport(e2eReport)?.stats;
  // Retries are off, so "flaky" stays 0; were it not, a test that needed a retry is not a pass.
  count(
    e2eOk,
    stats?.expected ?? 0,
    (stats?.unexpected ?? 0) + (stats?.flaky ?? 0),
    stats?.skipped ?? 0,
  );
}

console.log(
  `\n=== all steps in ${seconds(started)}${failures.length ? `; FAILED: ${failures.join(', ')}` : ''}`,
);
if (totals.skipped) console.log(`(${totals.skipped} skipped)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length || totals.failed ? 1 : 0);
