import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEEDS, expect, expectNoA11yViolations, openWorkbench, test } from './fixtures.ts';

const HOSTILE = readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'hostile.html'));

// No console errors are allowed here: a blocked script or image would show up as one.
test.use({ allowedConsoleErrors: [] });

test('imports a hostile HTML page as text: nothing in it runs or loads, and Compare gains a column', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });

  await openWorkbench(page);
  const columns = page.getByRole('table', { name: 'Aligned paragraphs' }).getByRole('columnheader');
  await expect(columns).toHaveCount(SEEDS.length);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Articles' })
    .click();
  await page.getByLabel('Open files').setInputFiles({
    name: 'harbour.html',
    mimeType: 'text/html',
    buffer: HOSTILE,
  });

  const article = page.getByRole('article', { name: 'Harbour bridge reopens after repairs' });
  await expect(article).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /added an article/i })).toBeVisible();
  await expect(article.getByText('harbour.html', { exact: false })).toBeVisible();
  await article.getByText('Show text').click();
  const text = article.getByRole('region', { name: /text of/i });
  await expect(text).toContainText('The harbour bridge reopened to traffic on Monday morning');
  await expect(text).toContainText('Read the council statement for details.');
  await expect(text).not.toContainText('__pwned');
  await expect(article.getByRole('textbox', { name: 'Outlet' })).toHaveValue('The Coastal Times');
  await expect(article.getByLabel('Date')).toHaveValue('2024-03-05');
  await expectNoA11yViolations(page, { include: '.library' });

  // Give any handler, timer or refresh a moment to fire before checking that none did.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await page.locator('#root script, #root img, #root iframe').count()).toBe(0);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Compare' })
    .click();
  await expect(columns).toHaveCount(SEEDS.length + 1);
  await expect(
    page.getByRole('table', { name: 'Aligned paragraphs' }).getByRole('heading', {
      name: /harbour bridge reopens/i,
    }),
  ).toBeVisible();
});
