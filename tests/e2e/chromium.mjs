// Finds the system Chromium for the end-to-end tests. Plain JS so that tests/run-all.mjs (Node, no
// loader) and playwright.config.ts share one rule. No browser is ever downloaded.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags for every launch: no sandbox (root, containers), no GPU, and no traffic to Google's services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium to drive: $CHROMIUM_PATH, else /usr/bin/chromium, else `chromium` on PATH; null when none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'chromium'))) return join(dir, 'chromium');
  }
  return null;
}

/** A loud, multi-line explanation of how to get a Chromium, for when findChromium() returns null. */
export function missingChromiumMessage(env = process.env) {
  const bar = '!'.repeat(78);
  const why = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but that is not an executable file.`
    : 'No Chromium at $CHROMIUM_PATH, /usr/bin/chromium or as `chromium` on PATH.';
  return [
    bar,
    '!!  CHROMIUM NOT FOUND: the end-to-end tests need a real Chromium.',
    `!!  ${why}`,
    '!!  Install it (Debian/Ubuntu):   sudo apt-get update && sudo apt-get install -y chromium',
    '!!  or point at one you have:     CHROMIUM_PATH=/path/to/chromium npm test',
    '!!  Playwright never downloads a browser for this project.',
    bar,
  ].join('\n');
}
