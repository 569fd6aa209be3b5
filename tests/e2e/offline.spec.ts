import type { Page } from '@playwright/test';
import { SEEDS, expect, expectNoA11yViolations, openWorkbench, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

const offlineNote = (page: Page) => page.getByRole('status').filter({ hasText: 'You are offline' });

test('once loaded, the workbench opens and compares without a network, and says it is offline', async ({
  page,
  context,
}) => {
  // Two page loads, a precache of the build and an axe run: more than one page's work.
  test.slow();
  await openWorkbench(page);
  // The service worker installs after start-up; it is active once the whole build is precached.
  // `ready` gives the worker as soon as it is active, possibly still activating: wait for activated,
  // since pages are served by it only from then on.
  const state = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated')
      await new Promise<void>((done) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && done()),
      );
    return worker.state;
  });
  expect(state).toBe('activated');
  await expect(offlineNote(page)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#root')).not.toBeEmpty();
  // The page, its scripts and the compare worker with its language tables all came from the cache:
  // the seeds are aligned as online.
  await expect(page.getByTestId('article-column')).toHaveCount(SEEDS.length);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByText(/^\d+ rows$/)).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(offlineNote(page)).toBeVisible();
  await expectNoA11yViolations(page);

  await context.setOffline(false);
  await expect(offlineNote(page)).toHaveCount(0);
});
