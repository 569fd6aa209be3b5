import { expect, expectNoA11yViolations, openWorkbench, test, views } from './fixtures.ts';

const TEXT = [
  'Ferry timetable changes from June',
  '',
  'The island ferry will sail every 40 minutes from 2 June, the operator said on Tuesday.',
  '',
  'Fares stay at €4.50 for adults; the café on board reopens in July.',
].join('\r\n');

/** The text as Windows Notepad saves "Unicode" text: a byte-order mark, then UTF-16 code units. */
function notepadBytes(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return order === 'le' ? le : Buffer.from(le).swap16();
}

for (const order of ['le', 'be'] as const) {
  test(`imports a UTF-16 ${order.toUpperCase()} text file with a byte-order mark as an article`, async ({
    page,
  }) => {
    await openWorkbench(page);
    await views(page).getByRole('button', { name: 'Articles' }).click();
    await page.getByLabel('Open files').setInputFiles({
      name: `ferry-${order}.txt`,
      mimeType: 'text/plain',
      buffer: notepadBytes(TEXT, order),
    });
    const article = page.getByRole('article', { name: 'Ferry timetable changes from June' });
    await expect(article).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /added an article/i })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await article.getByText('Show text').click();
    const text = article.getByRole('region', { name: /text of/i });
    await expect(text).toContainText('Fares stay at €4.50 for adults; the café on board');
    await expectNoA11yViolations(page, { include: '.library' });
  });
}
