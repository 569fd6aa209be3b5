import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  expect,
  expectMark,
  expectNoA11yViolations,
  openClaims,
  ROOT,
  sentence,
  test,
  views,
  watchErrors,
} from './fixtures.ts';

// Each test runs a sync server of its own (no test sees another's review) and two to five browsers:
// more than a quick check.
test.describe.configure({ timeout: 90_000 });

let server: ChildProcess | null = null;
let serverUrl = '';
let dataDir = '';

/** Starts `npm run sync-server`'s script for each test on a free 127.0.0.1 port, its documents in a temporary folder. */
test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-sync-e2e-'));
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'src/cli/sync-server.ts'),
      '--port',
      '0',
      '--data',
      dataDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server = child;
  serverUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (ws:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sync server exited (${code}): ${out}`)));
  });
});

// The page first: a page still open when its server stops tries to reconnect and logs the refusal.
test.afterEach(async ({ context }) => {
  await context.close();
  const child = server;
  server = null;
  if (child && child.exitCode === null)
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  rmSync(dataDir, { recursive: true, force: true });
});

/** A second reviewer in a browser context of their own; its console errors are checked like the first's. */
async function colleague(
  browser: Browser,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const errors = watchErrors(context);
  const page = await context.newPage();
  return { page, errors, close: () => context.close() };
}

/** Fills the Share with team panel as `name` and submits `action` ('Share this review' or 'Join'). */
async function share(page: Page, name: string, code?: string, role = 'reviewer'): Promise<void> {
  await page.getByRole('button', { name: 'Share with team' }).click();
  const panel = page.getByRole('region', { name: 'Share with team' });
  await panel.getByRole('textbox', { name: 'Your name' }).fill(name);
  await panel.getByRole('textbox', { name: 'Sync server' }).fill(serverUrl);
  await panel.getByRole('combobox', { name: 'Role' }).selectOption(role);
  if (code === undefined) {
    await panel.getByRole('button', { name: 'Share this review' }).click();
    await expect(panel.getByText('This review is shared')).toBeVisible();
  } else {
    await panel.getByRole('textbox', { name: 'Code of a colleague’s review' }).fill(code);
    await panel.getByRole('button', { name: 'Join' }).click();
    await expect(panel.getByText('This review is shared')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Share with team' }).click();
}

/** Ana shares the open review; Ben joins it by its code; both are in the Claims view. */
async function shareBetween(page: Page, browser: Browser, role = 'reviewer') {
  await openClaims(page);
  await share(page, 'Ana', undefined, role);
  const code = page.locator('.share-team code');
  await page.getByRole('button', { name: 'Share with team' }).click();
  const reviewCode = (await code.textContent())!;
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Share with team' }).click();
  const ben = await colleague(browser);
  await openClaims(ben.page);
  await share(ben.page, 'Ben', reviewCode);
  const presenceA = page.getByRole('region', { name: 'Reviewers here now' });
  const presenceB = ben.page.getByRole('region', { name: 'Reviewers here now' });
  await expect(presenceA.getByText('Ben')).toBeVisible();
  await expect(presenceB.getByText('Ana')).toBeVisible();
  return { ben, presenceA };
}

/**
 * Starts watching for sentence k's team badge to read `status`; what it returns resolves to the time
 * (Date.now() in the page: the same clock as this process's) it first did. A MutationObserver sees
 * the change when it is drawn: Playwright's own waiting polls at growing intervals (100, 250, 500,
 * then 1000 ms), which added up to a second to the measured delay on a busy machine.
 */
async function watchTeamMark(
  page: Page,
  k: number,
  status: 'Verified' | 'Disputed' | 'Unsourced',
): Promise<() => Promise<number>> {
  await page.evaluate(
    ([k, status]) => {
      const seen = new Promise<number>((resolve) => {
        const check = () => {
          const sentences = document.querySelectorAll('[data-sentence]');
          const badge = sentences.item(k)?.querySelector('.claims-badge');
          if (badge?.textContent?.trim() !== status) return;
          observer.disconnect();
          resolve(Date.now());
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      });
      (window as unknown as { teamMarkSeen: Promise<number> }).teamMarkSeen = seen;
    },
    [k, status] as const,
  );
  return () =>
    page.evaluate(() => (window as unknown as { teamMarkSeen: Promise<number> }).teamMarkSeen);
}

/** Expects sentence k to show the team's verdict `status` (its badge), whatever this reviewer's own. */
async function expectTeamMark(
  page: Page,
  k: number,
  status: 'Verified' | 'Disputed' | 'Unsourced',
) {
  await expect(sentence(page, k).locator('.claims-badge')).toHaveText(status);
}

/** Expects none of sentence k's toggles pressed: this reviewer gave it no verdict of their own. */
async function expectNoOwnMark(page: Page, k: number) {
  await expect(sentence(page, k).locator('button[aria-pressed="true"]')).toHaveCount(0);
}

test.describe('a review shared through the sync server', () => {
  test('shows one reviewer’s verdict to the other within 2 s, and who is here', async ({
    page,
    browser,
  }) => {
    const { ben, presenceA } = await shareBetween(page, browser);
    await expectNoA11yViolations(page);
    const seen = await watchTeamMark(ben.page, 0, 'Verified');
    const started = Date.now();
    await sentence(page, 0).getByRole('button', { name: 'Verified' }).click();
    await expectTeamMark(ben.page, 0, 'Verified');
    const elapsed = (await seen()) - started;
    console.log(`verdict reached the other reviewer in ${elapsed} ms`);
    expect(elapsed).toBeLessThan(2000);
    // Ana's verdict is not Ben's: his toggles stay unpressed until he agrees with it himself.
    await expectNoOwnMark(ben.page, 0);
    await sentence(ben.page, 0).getByRole('button', { name: 'Verified' }).click();
    await expectMark(ben.page, 0, 'Verified');
    await expectTeamMark(page, 0, 'Verified');
    // Ben notes the claim: Ana sees his note with his name, and where he is.
    await sentence(ben.page, 0).click();
    const benPanel = ben.page.getByRole('region', { name: 'Focused sentence' });
    await benPanel.getByRole('button', { name: 'Add note' }).click();
    await benPanel
      .getByRole('textbox', { name: 'Note' })
      .fill('Checked against the council minutes');
    await benPanel.getByRole('button', { name: 'Save note' }).click();
    await sentence(page, 0).click();
    const teamNotes = page.getByRole('region', { name: 'Notes from the team' });
    await expect(teamNotes).toContainText('Ben');
    await expect(teamNotes).toContainText('Checked against the council minutes');
    await expect(presenceA.getByRole('listitem')).toContainText('Ben at claim “');
    await expectNoA11yViolations(page);
    // A code the server has no review for is said so, and Ana's shared review stays as it was.
    await page.getByRole('button', { name: 'Share with team' }).click();
    const panel = page.getByRole('region', { name: 'Share with team' });
    await panel
      .getByRole('textbox', { name: 'Code of a colleague’s review' })
      .fill('review-0000deadbeef');
    await panel.getByRole('button', { name: 'Join' }).click();
    await expect(panel.getByRole('alert')).toContainText('No shared review has this code');
    await expect(panel.getByText('This review is shared')).toBeVisible();
    await expectNoA11yViolations(page, { include: '.share-team' });
    await page.getByRole('button', { name: 'Share with team' }).click();
    // Ben leaves: he is gone from Ana's list.
    await ben.close();
    await expect(presenceA.getByText('Ben')).toHaveCount(0, { timeout: 10_000 });
    expect(ben.errors).toEqual([]);
  });

  test('keeps both verdicts given while one reviewer was offline, as a disagreement', async ({
    page,
    browser,
    context,
  }) => {
    const { ben } = await shareBetween(page, browser, 'editor');
    await context.setOffline(true);
    await expect(
      page.getByText('Offline: your work on this shared review is not yet shared.'),
    ).toBeVisible();
    await sentence(page, 1).getByRole('button', { name: 'Verified' }).click();
    await sentence(ben.page, 1).getByRole('button', { name: 'Disputed' }).click();
    await expect(page.getByText(/latest changes are kept in this browser/)).toBeVisible();
    await context.setOffline(false);
    for (const p of [page, ben.page]) {
      await expect(p.getByText('1 claim where reviewers disagree')).toBeVisible({ timeout: 5000 });
      await sentence(p, 1).click();
      const conflict = p.getByRole('region', { name: 'Conflicting verdicts' });
      await expect(conflict).toContainText('Verified by Ana');
      await expect(conflict).toContainText('Disputed by Ben');
    }
    await expectNoA11yViolations(page);
    // Ben's export says the claim is in disagreement, with both reviewers' verdicts when asked.
    await views(ben.page).getByRole('button', { name: 'Share' }).click();
    await ben.page.getByRole('checkbox', { name: 'Include each reviewer’s verdicts' }).check();
    await expectNoA11yViolations(ben.page, { include: '.share-panel' });
    const [file] = await Promise.all([
      ben.page.waitForEvent('download'),
      ben.page.getByRole('button', { name: 'Download claims (CSV)' }).click(),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(await file.path(), 'utf8').slice(1),
      { header: true, skipEmptyLines: true },
    ).data;
    const disputed = rows.filter((r) => r.Status === 'in disagreement');
    expect(disputed).toHaveLength(1);
    // The server keeps the earlier test's reviewers of this review too, named alike: "Ben (2)".
    const verdicts = Object.entries(disputed[0]!)
      .filter(([column, verdict]) => column.endsWith(': verdict') && verdict !== '')
      .map(([column, verdict]) => `${column.replace(/ \(\d+\): /, ': ')} ${verdict}`);
    expect(verdicts.sort()).toEqual(['Ana: verdict verified', 'Ben: verdict disputed']);
    await views(ben.page).getByRole('button', { name: 'Claims' }).click();
    // Ana is the editor: keeping her own verdict makes it final over Ben's, for him too, after both reload.
    await page
      .getByRole('region', { name: 'Conflicting verdicts' })
      .getByRole('button', { name: 'Keep verified' })
      .click();
    // Ben still sees his own verdict on his toggles, the final one on the badge.
    for (const [p, own] of [
      [page, 'Verified'],
      [ben.page, 'Disputed'],
    ] as const) {
      await expect(p.getByText('1 claim where reviewers disagree')).toHaveCount(0);
      await expect(p.getByRole('region', { name: 'Conflicting verdicts' })).toHaveCount(0);
      await expectTeamMark(p, 1, 'Verified');
      await expectMark(p, 1, own);
      await p.reload();
      await expect(sentence(p, 1)).toBeVisible();
      await expectTeamMark(p, 1, 'Verified');
      await expectMark(p, 1, own);
      await expect(p.getByRole('region', { name: 'Reviewers here now' })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: 'Conflicting verdicts' })).toHaveCount(0);
    await ben.close();
    expect(ben.errors).toEqual([]);
  });
});

test.describe('five reviewers on one review', () => {
  test('a verdict reaches the four others within 2 s and all see every verdict', async ({
    page,
    browser,
  }) => {
    await openClaims(page);
    await share(page, 'Ana');
    await page.getByRole('button', { name: 'Share with team' }).click();
    const code = (await page.locator('.share-team code').textContent())!;
    await page.getByRole('button', { name: 'Share with team' }).click();
    const others = [];
    for (const name of ['Ben', 'Cai', 'Dee', 'Eli']) {
      const c = await colleague(browser);
      await openClaims(c.page);
      await share(c.page, name, code);
      others.push(c);
    }
    const presence = page.getByRole('region', { name: 'Reviewers here now' });
    await expect(presence.getByRole('listitem')).toHaveCount(4);
    const seen = await Promise.all(others.map((c) => watchTeamMark(c.page, 4, 'Unsourced')));
    const started = Date.now();
    await sentence(page, 4).getByRole('button', { name: 'Unsourced' }).click();
    await Promise.all(others.map((c) => expectTeamMark(c.page, 4, 'Unsourced')));
    const elapsed = Math.max(...(await Promise.all(seen.map((s) => s())))) - started;
    console.log(`verdict reached all four others in ${elapsed} ms`);
    expect(elapsed).toBeLessThan(2000);
    // Each of the others marks another sentence: everyone ends with all five verdicts.
    await Promise.all(
      others.map(async (c, k) => {
        await sentence(c.page, 5 + k)
          .getByRole('button', { name: 'Verified' })
          .click();
        await expectMark(c.page, 5 + k, 'Verified');
      }),
    );
    for (const p of [page, ...others.map((c) => c.page)])
      for (const k of [5, 6, 7, 8]) await expectTeamMark(p, k, 'Verified');
    for (const c of others) {
      await c.close();
      expect(c.errors).toEqual([]);
    }
    await expect(presence.getByRole('listitem')).toHaveCount(0, { timeout: 10_000 });
  });
});

test.describe('a shared review without a network', () => {
  test.use({ serviceWorkers: 'allow' });

  test('reloads from the service worker offline with its work, and shares what was done offline when back', async ({
    page,
    browser,
    context,
  }) => {
    await openClaims(page);
    await share(page, 'Ana');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await context.setOffline(true);
    await sentence(page, 2).getByRole('button', { name: 'Unsourced' }).click();
    await page.reload();
    await expect(sentence(page, 2)).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expectMark(page, 2, 'Unsourced');
    await expect(
      page.getByText('Offline: your work on this shared review is not yet shared.'),
    ).toBeVisible();
    await sentence(page, 3).getByRole('button', { name: 'Disputed' }).click();
    await context.setOffline(false);
    await expect(page.getByText(/not yet shared/)).toHaveCount(0);
    // Ben joins afterwards: both verdicts given offline reach him.
    const ben = await colleague(browser);
    await openClaims(ben.page);
    await share(ben.page, 'Ben', 'review-sample');
    await expectTeamMark(ben.page, 2, 'Unsourced');
    await expectTeamMark(ben.page, 3, 'Disputed');
    await ben.close();
    expect(ben.errors).toEqual([]);
  });
});

test.describe('a colleague at work', () => {
  test('never moves the rows under the other reviewer’s pointer', async ({ page, browser }) => {
    const { ben } = await shareBetween(page, browser);
    await sentence(ben.page, 11).getByRole('button', { name: 'Disputed' }).click();
    await expectTeamMark(page, 11, 'Disputed');
    const target = sentence(ben.page, 13).getByRole('button', { name: 'Verified' });
    await target.scrollIntoViewIfNeeded();
    await sentence(ben.page, 9).scrollIntoViewIfNeeded();
    const before = await target.boundingBox();
    // Ana marks rows above Ben's target, disagrees with him on one, and moves to another: his
    // presence line, his disagreement count and those rows all change.
    await sentence(page, 9).getByRole('button', { name: 'Verified' }).click();
    await sentence(page, 10).getByRole('button', { name: 'Unsourced' }).click();
    await sentence(page, 11).getByRole('button', { name: 'Verified' }).click();
    await sentence(page, 12).click();
    await expectTeamMark(ben.page, 9, 'Verified');
    await expectTeamMark(ben.page, 10, 'Unsourced');
    await expect(ben.page.getByText('1 claim where reviewers disagree')).toBeVisible();
    const text = (await sentence(page, 12).locator('.claims-sentence-text').textContent())!;
    await expect(
      ben.page.getByRole('region', { name: 'Reviewers here now' }).getByRole('listitem'),
    ).toContainText(`Ana at claim “${text.slice(0, 12)}`);
    expect(await target.boundingBox()).toEqual(before);
    // Ben's connection drops and returns: the banners say so at the foot, and nothing moves.
    await ben.page.context().setOffline(true);
    await expect(
      ben.page.getByText('Offline: your work on this shared review is not yet shared.'),
    ).toBeVisible();
    await expect(ben.page.getByText(/you are offline/i)).toHaveCount(0);
    expect(await target.boundingBox()).toEqual(before);
    await expectNoA11yViolations(ben.page);
    await ben.page.context().setOffline(false);
    await expect(ben.page.getByText(/not yet shared/)).toHaveCount(0);
    expect(await target.boundingBox()).toEqual(before);
    await ben.close();
    expect(ben.errors).toEqual([]);
  });
});
