import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, missingChromiumMessage } from './tests/e2e/chromium.mjs';

// End-to-end tests: build the app, serve it with `vite preview`, drive it in the system Chromium.

const executablePath = findChromium();
if (!executablePath) throw new Error(`\n${missingChromiumMessage()}\n`);

/** A port nobody is listening on now. Asked of the OS, not guessed. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });

// The workers load this file again; they inherit the runner's environment, so they see the same port.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}/`;
// Each run builds into its own folder, so two runs at once (two engineers, or CI beside a local run)
// never serve each other's half-written build. The workers see the same path through the environment.
process.env.E2E_OUT_DIR ??= `node_modules/.cache/e2e-dist-${port}`;
const outDir = process.env.E2E_OUT_DIR;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Not test-results/ itself: Playwright empties its outputDir, and Vitest's report lives beside it.
  // One folder per run (by its port), so a run beside another does not empty the other's traces.
  outputDir: `test-results/e2e/${port}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Budgets for a slow, busy 2-core host, not speed targets (retries stay off: a wait that is too
  // short for the machine is raised, not retried). The suite took about 8 minutes on two cores; on
  // 2026-12-02 the same host ran it in 19 minutes, and seven waits that had held (the app's worker
  // comparing a long review, axe over a whole view) ran out: five expectations after 5 s, two tests
  // after 30 s. Each expectation may now take 15 s and each test 60 s; they fail as before when what
  // they wait for never comes.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // A guard against a hung run.
  globalTimeout: 40 * 60_000,
  globalTeardown: './tests/e2e/teardown.mjs',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // The built app registers a service worker that precaches the build: each fresh context would
    // download it all again. Only the offline spec needs it, and allows it there.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node_modules/.bin/vite build --logLevel warn --emptyOutDir --outDir ${outDir} && node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
