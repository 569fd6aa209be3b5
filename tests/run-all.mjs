// `npm test`: typecheck, lint, unit and component tests (Vitest), then end-to-end tests in the
// system Chromium (Playwright). Ends with one line `N passed, N failed` totalling every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium, missingChromiumMessage } from './e2e/chromium.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(
    `=== ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return ok;
}

/** A step that is not a test runner counts as one test: it passes or fails as a whole. */
function step(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(label);
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);

// Vitest: unit and component tests, counted from its JSON report.
const vitestReport = 'test-results/vitest.json';
const vitestOk = run(
  'unit and component tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  { NO_COLOR: '1' },
);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (!vitestOk && (report.numFailedTests ?? 0) === 0) totals.failed += 1; // a suite that failed to load
} else if (!vitestOk) totals.failed += 1;
if (!vitestOk) failures.push('unit and component tests');

// Playwright: end-to-end tests in the system Chromium, never a downloaded browser.
if (!findChromium()) {
  console.error(`\n${missingChromiumMessage()}\n`);
  if (CI) {
    totals.failed += 1;
    failures.push('end-to-end tests (no Chromium)');
  } else {
    console.error('!!! The end-to-end tests were SKIPPED: install Chromium to run them.\n');
  }
} else {
  const e2eReport = 'test-results/e2e.json';
  const env = { ...process.env };
  delete env.NO_COLOR;
  const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test'], env);
  if (existsSync(e2eReport)) {
    const { stats } = JSON.parse(readFileSync(e2eReport, 'utf8'));
    totals.passed += stats?.expected ?? 0;
    totals.failed += (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
    totals.skipped += stats?.skipped ?? 0;
    if (!e2eOk && (stats?.unexpected ?? 0) === 0) totals.failed += 1;
  } else if (!e2eOk) totals.failed += 1;
  if (!e2eOk) failures.push('end-to-end tests');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failures.length ? 1 : 0);
