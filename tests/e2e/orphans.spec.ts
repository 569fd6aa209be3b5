import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import {
  expect,
  expectMark,
  expectNoA11yViolations,
  openWorkbench,
  sentence,
  test,
  views,
} from './fixtures.ts';

interface ReviewFile {
  review: {
    articles: { id: string; title: string }[];
    claims: Record<string, { articleId: string; status: string; anchor: { quote: string } }>;
  };
}

test('claims of an imported review on an article it lacks are listed as orphans and can be re-attached', async ({
  page,
}) => {
  await openWorkbench(page);
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await sentence(page, 0).getByRole('button', { name: 'Verified' }).click();
  await sentence(page, 1).getByRole('button', { name: 'Disputed' }).click();
  await views(page).getByRole('button', { name: 'Share' }).click();
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download review (JSON)' }).click(),
  ]);
  // The same review, but its claims stand on an article the file does not carry.
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as ReviewFile;
  const claims = Object.values(file.review.claims);
  expect(claims).toHaveLength(2);
  for (const c of claims) c.articleId = 'wire-copy-not-included';
  const verified = claims.find((c) => c.status === 'verified')!;
  const disputed = claims.find((c) => c.status === 'disputed')!;

  await page.getByLabel(/open a review file/i).setInputFiles({
    name: 'lacking.review.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByRole('status').filter({ hasText: /2 marked claims/ })).toBeVisible();

  await views(page).getByRole('button', { name: 'Claims' }).click();
  const orphans = page.getByRole('list', { name: 'Orphaned claims' });
  const items = orphans.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Each item starts with its verdict and shows its quote (article titles in its picker may echo it).
  const verifiedItem = items.filter({ hasText: /^\s*Verified/ });
  const disputedItem = items.filter({ hasText: /^\s*Disputed/ });
  await expect(verifiedItem.locator('q')).toContainText(verified.anchor.quote.slice(0, 100));
  await expect(disputedItem.locator('q')).toContainText(disputed.anchor.quote.slice(0, 100));
  await expect(verifiedItem).toContainText('its article is not in this review');
  // Neither is on the article shown, so no sentence carries them yet.
  await expect(sentence(page, 0).getByRole('button', { name: 'Verified' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expectNoA11yViolations(page);

  await verifiedItem
    .getByRole('combobox', { name: /look for claim \d’s quote in/i })
    .selectOption({ label: file.review.articles[0]!.title });
  await verifiedItem.getByRole('button', { name: 'Re-attach to this article' }).click();
  await expect(page.getByRole('status').filter({ hasText: /re-attached to/i })).toBeVisible();
  await expectMark(page, 0, 'Verified');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText(/disputed/i);
  await expectNoA11yViolations(page);
});
