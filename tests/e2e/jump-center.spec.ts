import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticCorpus } from '../../src/cli/synthetic-corpus.ts';
import { oneReviewPayload } from '../../src/store/payload.ts';
import {
  expect,
  expectNoA11yViolations,
  findingButtons,
  openWorkbench,
  ROOT,
  test,
  watchClassAdded,
} from './fixtures.ts';

// axe-core over the seeds' grid takes tens of seconds on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Where the focused row sits in the room between the sticky header and the scroller's bottom. */
interface Placement {
  position: number;
  /** Pixels from the header's bottom edge to the row's top, and from the row's bottom to the room's. */
  above: number;
  below: number;
  room: number;
  height: number;
  /** Whether the grid can scroll far enough for the row to sit mid-room (not near either end). */
  centrable: boolean;
}

async function placement(page: Page): Promise<Placement> {
  return page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('.grid-scroll')!;
    const head = document.querySelector('.grid-head')!.getBoundingClientRect();
    const row = document.querySelector<HTMLElement>('[data-row]:focus')!;
    const box = row.getBoundingClientRect();
    const port = scroller.getBoundingClientRect();
    const room = port.bottom - head.bottom;
    // The scroll offset that would centre the row below the header, from the layout alone.
    const top = box.top - port.top + scroller.scrollTop;
    const centred = top - head.height - (room - box.height) / 2;
    const max = scroller.scrollHeight - scroller.clientHeight;
    return {
      position: Number(row.dataset.row),
      above: box.top - head.bottom,
      below: port.bottom - box.bottom,
      room,
      height: box.height,
      centrable: box.height < room && centred > 0 && centred < max,
    };
  });
}

/** The row sits well inside the room: about as much space above it as below, none of it tiny. */
function expectWellInside(p: Placement) {
  const margin = Math.min(40, (p.room - p.height) / 2 - 2);
  expect(p.above, `row ${p.position}: ${JSON.stringify(p)}`).toBeGreaterThanOrEqual(margin);
  expect(p.below, `row ${p.position}: ${JSON.stringify(p)}`).toBeGreaterThanOrEqual(margin);
  expect(Math.abs(p.above - p.below), `row ${p.position}: ${JSON.stringify(p)}`).toBeLessThan(
    p.room * 0.1,
  );
}

test('a finding jumped to lands mid-view below the header, not at an edge', async ({ page }) => {
  await openWorkbench(page);
  const entries = findingButtons(page);
  await expect(entries.first()).toBeVisible();
  const count = await entries.count();
  let checked = 0;
  // Findings in list order; each jump starts from where the previous one left the grid.
  for (let k = 0; k < count && checked < 3; k++) {
    await entries.nth(k).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-row]:focus')).toBeVisible();
    const before = await placement(page);
    // Rows at the grid's very start or end cannot be centred: the grid scrolls no further.
    if (!before.centrable) continue;
    await expect(async () => expectWellInside(await placement(page))).toPass({ timeout: 5_000 });
    checked++;
  }
  expect(checked, 'findings whose rows could be centred').toBeGreaterThan(0);
  await expectNoA11yViolations(page);
});

test('a finding clicked with the mouse outlines its row a moment; a row stepped to by key is not', async ({
  page,
}) => {
  await openWorkbench(page);
  const entries = findingButtons(page);
  await expect(entries.first()).toBeVisible();
  // A click moves focus without a focus ring: the outline is what shows the eye the row.
  const outlined = await watchClassAdded(page, '[data-row]', 'pointed-at');
  await entries.nth(1).click();
  const row = page.locator('[data-row]:focus');
  await expect(row).toBeVisible();
  await expect.poll(outlined).toBe(true);
  // It goes again: the row looks like its neighbours once the eye has found it.
  await expect(page.locator('[data-row].pointed-at')).toHaveCount(0, { timeout: 5_000 });
  const jumped = (await row.getAttribute('data-row'))!;
  const stepped = await watchClassAdded(page, '[data-row]', 'pointed-at');
  await page.keyboard.press('j');
  await expect(page.locator('[data-row]:focus')).toHaveAttribute(
    'data-row',
    String(Number(jumped) + 1),
  );
  expect(await stepped()).toBe(false);
});

test('a finding jumped to whose other side stands in another row shows that side in the row, flagged', async ({
  page,
}) => {
  await openWorkbench(page);
  // Findings have come, and no such cell opened by itself: rows do not grow under the reader.
  await expect(page.locator('details.gap-refs[data-involved]').first()).toBeAttached({
    timeout: 15_000,
  });
  await expect(page.locator('details.gap-refs[open]')).toHaveCount(0);
  const entries = findingButtons(page);
  const count = await entries.count();
  let shown = -1;
  for (let k = 0; k < count && shown < 0; k++) {
    await entries.nth(k).click();
    const row = page.locator('[data-row]:focus');
    await expect(row).toBeVisible();
    if ((await row.locator('details.gap-refs[data-involved]').count()) > 0)
      shown = Number(await row.getAttribute('data-row'));
  }
  expect(shown, 'a finding whose row shows another row’s paragraph').toBeGreaterThanOrEqual(0);
  const row = page.locator(`[data-row="${shown}"]`);
  await expect(row.locator('details.gap-refs[data-involved]').first()).toHaveAttribute('open', '');
  // The shown paragraph's flagged span, beside a flagged span of the row's own text.
  await expect(row.locator('.gap-refs[open] .gap-ref-text .flag').first()).toHaveAttribute(
    'title',
    /\w+: /,
  );
  await expect(row.locator('.cell:not(.gap) .flag').first()).toBeVisible();
  // The reader can close it again.
  const open = await row.locator('.gap-refs[open]').count();
  await row.locator('.gap-refs[open] summary').first().click();
  await expect(row.locator('.gap-refs[open]')).toHaveCount(open - 1);
  await expectNoA11yViolations(page);
});

test('j and k still move by the least scrolling: the next row is not centred', async ({ page }) => {
  await openWorkbench(page);
  await page.locator('[data-row]').first().focus();
  await page.keyboard.press('j');
  await expect(page.locator('[data-row="1"]')).toBeFocused();
  const scrolled = await page.locator('.grid-scroll').evaluate((el) => el.scrollTop);
  // Row 1 is on the first screen: stepping to it scrolls nothing.
  expect(scrolled).toBe(0);
});

/** Synthetic copies of one story, long enough (some 175 rows) for the grid to virtualise. */
const LONG = syntheticCorpus(
  readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')),
  { articles: 4, paragraphs: 180, seed: 7 },
).map((text, k) => ({ id: `copy-${k}.txt`, text, title: `Copy ${k + 1}`, outlet: 'synthetic' }));

test('a row jumped to in a virtualised grid lands mid-view too', async ({ page }) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    ['crosscheck:v1', oneReviewPayload({ id: 'long', name: 'Long review' }, LONG, 1)],
  );
  await page.goto('./');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  const map = page.getByRole('img', { name: /row map/i });
  const box = (await map.boundingBox())!;
  let fitted = 0;
  // Rows of four long columns are often taller than the room: those keep starting below the header.
  for (const at of [0.5, 0.3, 0.4, 0.6, 0.7, 0.2, 0.45, 0.55]) {
    await map.click({ position: { x: box.width / 2, y: box.height * at } });
    await expect(page.locator('[data-row]:focus')).toBeVisible();
    let fits = false;
    await expect(async () => {
      const p = await placement(page);
      fits = p.height < p.room;
      if (!fits) expect(Math.abs(p.above), JSON.stringify(p)).toBeLessThanOrEqual(1);
      else {
        expect(p.centrable, JSON.stringify(p)).toBe(true);
        expectWellInside(p);
      }
    }).toPass({ timeout: 5_000 });
    if (fits) fitted++;
  }
  expect(fitted, 'rows jumped to that fit the room').toBeGreaterThan(0);
  await expectNoA11yViolations(page, { include: '.compare' });
});
