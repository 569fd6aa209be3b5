import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticCorpus } from '../../src/cli/synthetic-corpus.ts';
import { alignStage, discrepancyStage, groupFindings } from '../../src/core/compare/index.ts';
import { oneReviewPayload } from '../../src/store/payload.ts';
import { DISCREPANCIES_PER_MESSAGE } from '../../src/worker/parts.ts';
import {
  expect,
  expectNoA11yViolations,
  openWorkbench,
  ROOT,
  saveScreenshot,
  test,
} from './fixtures.ts';
import { lateMeasurements } from './late-measurements.ts';

/**
 * Asserts that a row starts below the sticky column header and, if it fits, ends in the scroller
 * (retried while the scroll settles: rows measured after a jump adjust it over a few frames).
 */
async function shownWhole(page: Page, position: number) {
  await expect(async () => {
    const row = (await page.locator(`[data-row="${position}"]`).boundingBox())!;
    const head = (await page.locator('.grid-head').boundingBox())!;
    const scroller = (await page.locator('.grid-scroll').boundingBox())!;
    const room = scroller.y + scroller.height - (head.y + head.height);
    expect(row.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
    // A row taller than the room below the header starts there, where reading begins; any other
    // fits whole.
    if (row.height > room) expect(row.y).toBeLessThanOrEqual(head.y + head.height + 1);
    else expect(row.y + row.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
  }).toPass({ timeout: 5_000 });
}

/** The number of rows the grid's legend announces (all rows, before every batch is shown). */
async function announcedRows(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^\d+ rows$/ });
  return Number((await status.textContent())?.split(' ')[0]);
}

test.describe('the compare view', () => {
  test('shows the seeds aligned, with a 5 x 5 heat map', async ({ page }) => {
    await openWorkbench(page);
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(grid.locator('[data-row]').first()).toBeVisible();
    // Rows after the first screen arrive a batch a frame: wait for all the legend announces.
    const announced = await announcedRows(page);
    expect(announced).toBeGreaterThan(20);
    await expect(grid.locator('[data-row]')).toHaveCount(announced);
    const heat = page.getByRole('table', { name: /share of each article/i });
    await expect(heat.locator('tbody tr')).toHaveCount(5);
    await expect(heat.locator('thead th')).toHaveCount(5);
    await expect(heat.getByRole('button')).toHaveCount(20);
    await saveScreenshot(page, 'compare-seeds');
  });

  test('a diff toggle changes what is highlighted', async ({ page }) => {
    await openWorkbench(page);
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    const marks = grid.locator('ins, mark');
    const ignorePunctuation = page.getByRole('button', { name: 'Ignore punctuation' });
    await expect(ignorePunctuation).toHaveAttribute('aria-pressed', 'true');
    // Rows are added a batch a frame after the first screen, and diffs are filled in after each
    // paint: count once every row the legend announces is there and no diff is pending. (Counted
    // earlier, on a busy machine, rows still arriving made the count grow with no toggle at all.)
    const announced = await announcedRows(page);
    expect(announced).toBeGreaterThan(20);
    await expect(grid.locator('[data-row]')).toHaveCount(announced);
    await expect(grid.locator('[data-diff-pending]')).toHaveCount(0);
    const lenient = await marks.count();
    await ignorePunctuation.click();
    await expect(ignorePunctuation).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => marks.count()).toBeGreaterThan(lenient);
    // What the toggle changed for assistive technology is the toolbar's pressed state; the grid
    // (some 3,600 elements) is audited whole on the first screen (first-run.spec.ts): a whole-page
    // run here took 40 to 70 s on a loaded machine, more than this test's whole budget.
    await expectNoA11yViolations(page, { include: '.toolbar' });
  });

  test('j, k and the arrow keys move focus between rows', async ({ page }) => {
    await openWorkbench(page);
    const rows = page.locator('[data-row]');
    await rows.first().focus();
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(rows.nth(1)).toBeFocused();
    await saveScreenshot(page, 'compare-row-focus');
  });

  test('a row moved to by key is shown below the sticky column header', async ({ page }) => {
    await openWorkbench(page);
    await page.locator('[data-row]').first().focus();
    for (let k = 0; k < 10; k++) await page.keyboard.press('j');
    await shownWhole(page, 10);
    for (let k = 0; k < 4; k++) await page.keyboard.press('k');
    await expect(page.locator('[data-row="6"]')).toBeFocused();
    await shownWhole(page, 6);
  });

  test('a heat map cell opens the two-article focus with inline changes', async ({ page }) => {
    await openWorkbench(page);
    await page
      .getByRole('table', { name: /share of each article/i })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Two-article focus' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(grid.getByRole('columnheader')).toHaveCount(2);
    await expect(grid.locator('del').first()).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'compare-focus');
  });

  test('a finding in the discrepancy list moves focus to a row that holds one of its paragraphs', async ({
    page,
  }) => {
    await openWorkbench(page);
    const panel = page.getByRole('region', { name: /^Discrepancies/ });
    // Each finding's own button (the others are its Confirm, Dismiss and Mark disputed).
    const entries = panel.getByRole('button', { name: /^(high|medium|low) · / });
    await expect(entries.first()).toBeVisible();
    // The last entry listed: the farthest down the grid of the most severe, or of the least.
    const entry = entries.last();
    await entry.focus();
    await page.keyboard.press('Enter');
    const row = page.locator('[data-row]:focus');
    await expect(row).toBeInViewport();
    const names = ((await entry.textContent()) ?? '').match(/[A-E] ¶\d+/g) ?? [];
    expect(names.length).toBeGreaterThanOrEqual(2);
    const held = await Promise.all(
      names.map(async (name) => {
        const [letter, paragraph] = name.split(' ');
        const text = await row.getByRole('cell').nth('ABCDE'.indexOf(letter!)).textContent();
        return new RegExp(`${paragraph}(?!\\d)`).test(text ?? '');
      }),
    );
    expect(held).toContain(true);
  });

  test('is usable at 200% zoom', async ({ page }) => {
    await openWorkbench(page);
    await page.evaluate(() => {
      document.body.style.zoom = '2';
    });
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(grid.locator('[data-row]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ignore case' })).toBeVisible();
    await saveScreenshot(page, 'compare-zoom-200');
  });
});

/** Synthetic copies of one story, long enough (some 175 rows) for the grid to virtualise. */
const LONG = syntheticCorpus(
  readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')),
  { articles: 4, paragraphs: 180, seed: 7 },
).map((text, k) => ({ id: `copy-${k}.txt`, text }));

/** The saved state of one review of the LONG articles, as the store writes it. */
function longReview(): string {
  const articles = LONG.map(({ id, text }, k) => ({
    id,
    text,
    title: `Copy ${k + 1}`,
    outlet: 'synthetic',
  }));
  return oneReviewPayload({ id: 'long', name: 'Long review' }, articles, 1);
}

/** The number in the grid's status line ("174 rows"). */
async function rowCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^\d+ rows$/ });
  return Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
}

/** Opens the workbench on the review of the LONG articles and waits until it is aligned. */
async function openLongReview(page: Page) {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    ['crosscheck:v1', longReview()],
  );
  await page.goto('./');
  // Aligning and checking a few thousand discrepancies takes seconds on a busy machine.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

test.describe('the compare view on a long alignment', () => {
  test.beforeEach(async ({ page }) => {
    await openLongReview(page);
  });

  test('renders only the rows near the screen, and j moves focus into rows rendered on demand', async ({
    page,
  }) => {
    expect(await rowCount(page)).toBeGreaterThan(150);
    const rows = page.locator('[data-row]');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(20);

    await rows.first().focus();
    for (let k = 0; k < 12; k++) await page.keyboard.press('j');
    const twelfth = page.locator('[data-row="12"]');
    await expect(twelfth).toBeFocused();
    await expect(twelfth).toBeInViewport();
    await page.keyboard.press('k');
    await expect(page.locator('[data-row="11"]')).toBeFocused();
  });

  test('twelve j presses that arrive before the page renders again move twelve rows', async ({
    page,
  }) => {
    // As on a busy machine: the keys are queued faster than React renders between them.
    await page.locator('[data-row]').first().focus();
    await page.evaluate(() => {
      const row = document.activeElement as HTMLElement;
      for (let k = 0; k < 12; k++)
        row.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }),
        );
    });
    await expect(page.locator('[data-row="12"]')).toBeFocused();
    await shownWhole(page, 12);
  });

  test('a row moved to by key is shown whole below the sticky column header', async ({ page }) => {
    await page.locator('[data-row]').first().focus();
    for (let k = 0; k < 12; k++) await page.keyboard.press('j');
    await expect(page.locator('[data-row="12"]')).toBeFocused();
    await shownWhole(page, 12);
    for (let k = 0; k < 3; k++) await page.keyboard.press('k');
    await expect(page.locator('[data-row="9"]')).toBeFocused();
    await shownWhole(page, 9);
  });

  test('a click low on the row map jumps to a row near the end', async ({ page }) => {
    const map = page.getByRole('img', { name: /row map/i });
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height - 3 } });
    const focused = page.locator('[data-row]:focus');
    await expect(focused).toBeInViewport();
    const position = Number(await focused.getAttribute('data-row'));
    expect(position).toBeGreaterThan((await rowCount(page)) * 0.9);
    await shownWhole(page, position);
  });

  test('a click mid-way down the row map shows the row it jumps to whole', async ({ page }) => {
    const map = page.getByRole('img', { name: /row map/i });
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const focused = page.locator('[data-row]:focus');
    await expect(focused).toBeFocused();
    await shownWhole(page, Number(await focused.getAttribute('data-row')));
  });

  test('lists each finding the core gathers once, though the worker sends the discrepancies in parts', async ({
    page,
  }) => {
    const { comparison, alignment } = alignStage(LONG, undefined);
    const discrepancies = discrepancyStage(comparison.articles, alignment);
    // More than one message's worth, so the parts must all arrive and be put together.
    expect(discrepancies.length).toBeGreaterThan(2 * DISCREPANCIES_PER_MESSAGE);
    const pairs = discrepancies.length;
    const findings = groupFindings(discrepancies).length;
    // Copies of one story: a change in one copy shows against each of the others.
    expect(findings).toBeLessThan(pairs);
    await expect(page.getByRole('heading', { name: /^Discrepancies/ })).toHaveText(
      `Discrepancies (${findings})`,
    );
    const panel = page.getByRole('region', { name: /^Discrepancies/ });
    await expect(panel.getByRole('listitem')).toHaveCount(Math.min(findings, 50));
    if (findings > 50) {
      await panel.getByRole('button', { name: `Show all ${findings}` }).click();
      await expect(panel.getByRole('listitem')).toHaveCount(findings);
    }
  });

  test('shows the whole 4 x 4 heat map and passes axe', async ({ page }) => {
    // axe over a whole Compare view takes 10-25 s on two busy cores: a budget of its own.
    test.setTimeout(90_000);
    const heat = page.getByRole('table', { name: /share of each article/i });
    await expect(heat.locator('tbody tr')).toHaveCount(4);
    await expect(heat.getByRole('button')).toHaveCount(12);
    await expectNoA11yViolations(page);
  });
});

test.describe('the compare view on a long alignment, measured late', () => {
  // As on a busy machine: keys arrive before the frames that measure the rows they reach, so a
  // row is scrolled to on its estimated height, and its own arrives while the grid is still
  // settling that scroll, or after it has.
  for (const late of ['while the scroll settles', 'after it has settled']) {
    test(`a row moved to by key before its height is known is shown whole once it is, ${late}`, async ({
      page,
    }) => {
      const measurements = await lateMeasurements(page);
      await openLongReview(page);
      await page.locator('[data-row]').first().focus();
      for (let k = 0; k < 10; k++) await page.keyboard.press('j');
      await expect(page.locator('[data-row="10"]')).toBeFocused();
      await measurements.hold();
      await page.keyboard.press('j');
      if (late === 'while the scroll settles') await measurements.releaseAfterNextKey();
      await page.keyboard.press('j');
      await expect(page.locator('[data-row="12"]')).toBeFocused();
      await measurements.release();
      await shownWhole(page, 12);
      // Moving back up, with the heights known, shows each row whole too.
      await page.keyboard.press('k');
      await expect(page.locator('[data-row="11"]')).toBeFocused();
      await shownWhole(page, 11);
    });
  }

  test('the reader scrolling after a move takes over: a late height does not pull the row back', async ({
    page,
  }) => {
    const measurements = await lateMeasurements(page);
    await openLongReview(page);
    await page.locator('[data-row]').first().focus();
    for (let k = 0; k < 10; k++) await page.keyboard.press('j');
    await expect(page.locator('[data-row="10"]')).toBeFocused();
    await measurements.hold();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.locator('[data-row="12"]')).toBeFocused();
    const grid = page.locator('.grid-scroll');
    const scrolled = await grid.evaluate((el) => el.scrollTop);
    const box = (await grid.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 500);
    await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled + 400);
    await measurements.release();
    // Held in view, the row would be brought back below the header within a frame or two.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const row = (await page.locator('[data-row="12"]').boundingBox())!;
    const head = (await page.locator('.grid-head').boundingBox())!;
    expect(row.y).toBeLessThan(head.y + head.height - 100);
  });
});
