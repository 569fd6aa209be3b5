import { expect, expectNoA11yViolations, openWorkbench, test, views } from './fixtures.ts';

// axe-core over two views on a busy machine.
test.describe.configure({ timeout: 120_000 });

const FERRY = [
  'Ferry strike ends',
  'Ferries ran again on Friday after a nine-day strike, the operator said.',
  'The union said its members had accepted a pay rise of four per cent.',
].join('\n\n');
const FERRY_AGAIN = [
  'Ferry strike over after nine days',
  'Ferries were running again on Friday after a nine-day strike, according to the operator.',
  'Union members accepted a four per cent pay rise, the union said.',
].join('\n\n');

const txt = (name: string, text: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(text, 'utf8'),
});

test('own articles replace the samples: the review takes their name, and an unknown outlet is added from the keyboard', async ({
  page,
}) => {
  await openWorkbench(page);
  const reviewName = () =>
    page.getByRole('combobox', { name: 'Review' }).locator('option:checked').textContent();
  expect(await reviewName()).toMatch(/^Sample: /);

  await views(page).getByRole('button', { name: 'Articles' }).click();
  await page
    .getByLabel('Open files')
    .setInputFiles([txt('ferry.txt', FERRY), txt('ferry-again.txt', FERRY_AGAIN)]);
  await expect(page.getByRole('article', { name: 'Ferry strike ends' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Articles in this review' });
  // The samples come first in the list; each removal asks to confirm.
  for (let k = 0; k < 5; k++) {
    const first = list.getByRole('article').first();
    await first.getByRole('button', { name: 'Remove', exact: true }).click();
    await first.getByRole('button', { name: 'Remove article' }).click();
  }
  await expect(list.getByRole('article')).toHaveCount(2);
  await expect(page.getByText(/is now named “Ferry strike ends”/)).toBeVisible();
  expect(await reviewName()).toBe('Ferry strike ends');

  await views(page).getByRole('button', { name: 'Compare' }).click();
  const add = page.getByRole('button', {
    name: 'Outlet unknown — add the outlet of Ferry strike ends',
  });
  await expect(add).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expectNoA11yViolations(page, { include: '.compare' });
  await add.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('article', { name: 'Ferry strike ends' });
  const outlet = details.getByRole('textbox', { name: 'Outlet' });
  await expect(outlet).toBeFocused();
  await page.keyboard.type('Harbour Gazette');
  await page.keyboard.press('Enter');
  await expect(details.getByText('Details saved.')).toBeVisible();
  await expectNoA11yViolations(page, { include: '.library' });

  await views(page).getByRole('button', { name: 'Compare' }).click();
  const column = page
    .getByRole('columnheader')
    .filter({ has: page.getByRole('heading', { name: /Ferry strike ends/ }) });
  await expect(column).toContainText('Harbour Gazette · undated');
  await expect(column.getByRole('button', { name: /outlet unknown/i })).toHaveCount(0);

  // Saved: the name and the outlet are there after a reload.
  await page.reload();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await reviewName()).toBe('Ferry strike ends');
  await expect(column).toContainText('Harbour Gazette');
});
