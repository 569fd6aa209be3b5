import { join } from 'node:path';
import { ROOT, SEEDS, expect, openWorkbench, test } from './fixtures.ts';
import { serveStatic, type StaticHost } from './static-server.ts';

// `npm run build` promises a site that works from any static host, including a sub-folder of one.
// dist/ is fresh: the webServer in playwright.config.ts builds it before any test runs.
const PREFIX = '/some/team/crosscheck/';
let host: StaticHost;

test.beforeAll(async () => {
  host = await serveStatic(join(ROOT, 'dist'), PREFIX);
});
test.afterAll(async () => {
  await host.close();
});

test('the built site works from a sub-folder of a plain static host', async ({ page }) => {
  await openWorkbench(page, host.url);
  await expect(page).toHaveTitle(/Crosscheck/);
  await expect(page.getByTestId('article-column')).toHaveCount(SEEDS.length);
  const outside = host.requested.filter((path) => !path.startsWith(PREFIX));
  expect(outside, 'requests that escaped the sub-folder').toEqual([]);
});
