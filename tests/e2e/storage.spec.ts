import { expect, openWorkbench, test } from './fixtures.ts';

const KEY = 'crosscheck:v1';

test.describe('saved work under storage faults', () => {
  test('settings survive a reload', async ({ page }) => {
    await openWorkbench(page);
    await page.getByRole('button', { name: 'Ignore case' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Ignore case' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('corrupt saved data is kept under a backup key and explained', async ({ page }) => {
    await openWorkbench(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"state": {"reviews": oops'), KEY);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(/could not be read/i);
    const backups = await page.evaluate((key) => {
      const out: string[] = [];
      for (let k = 0; k < localStorage.length; k++) {
        const name = localStorage.key(k)!;
        if (name.startsWith(`${key}:backup:`)) out.push(localStorage.getItem(name)!);
      }
      return out;
    }, KEY);
    expect(backups).toContain('{"state": {"reviews": oops');
    // The workbench still opens on the seeds.
    await expect(page.locator('[data-row]').first()).toBeVisible();
  });

  test('a save from a newer version is backed up once, however often the page is loaded', async ({
    page,
  }) => {
    await openWorkbench(page);
    const newer = JSON.stringify({ state: { reviews: {} }, version: 999 });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
    const backups = () =>
      page.evaluate((key) => {
        const out: string[] = [];
        for (let k = 0; k < localStorage.length; k++) {
          const name = localStorage.key(k)!;
          if (name.startsWith(`${key}:backup:`)) out.push(localStorage.getItem(name)!);
        }
        return out;
      }, KEY);
    for (let load = 0; load < 3; load++) {
      await page.reload();
      await expect(page.getByRole('alert').first()).toBeVisible();
    }
    expect(await backups()).toEqual([newer]);
    // The newer save itself is left as it was, for the newer version to open.
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
  });

  test('a full storage shows a banner and work goes on in memory', async ({ page }) => {
    await openWorkbench(page);
    // Fill every byte the origin has left, in ever smaller pieces.
    await page.evaluate(() => {
      let k = 0;
      for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 4)) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${k++}`, chunk);
          } catch {
            break;
          }
        }
      }
    });
    await page.getByRole('button', { name: 'Rename' }).click();
    await page
      .getByRole('textbox', { name: 'New name' })
      .fill('Renamed while the storage was full, with a long name');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('alert')).toContainText(/storage is full/i);
    await expect(page.getByRole('combobox', { name: 'Review' })).toContainText(
      'Renamed while the storage was full',
    );
    await expect(page.getByRole('button', { name: /download my work/i })).toBeVisible();
    // Work goes on: toggles still respond.
    await page.getByRole('button', { name: 'Ignore case' }).click();
    await expect(page.getByRole('button', { name: 'Ignore case' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
