/**
 * Shared end-to-end fixtures: every test fails on a console error or an uncaught page error unless it
 * lists that error in `allowedConsoleErrors`; helpers open the workbench, run axe-core and save screenshots.
 * Launch options (system Chromium, flags, viewport) live in playwright.config.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The sample articles the workbench opens on, as listed in seeds/manifest.json. */
export const SEEDS: { file: string; title: string }[] = (
  JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as {
    articles: { file: string; title: string }[];
  }
).articles;

/** Where end-to-end artefacts meant to be kept (screenshots) are written; Playwright never empties it. */
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** Starts collecting console errors and uncaught exceptions from a page, or from every page of a context. */
export function watchErrors(target: BrowserContext | Page): string[] {
  const errors: string[] = [];
  target.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  const onPageError = (error: Error) => errors.push(`page error: ${error.stack ?? error.message}`);
  if ('pages' in target) target.on('weberror', (webError) => onPageError(webError.error()));
  else target.on('pageerror', onPageError);
  return errors;
}

type Fixtures = {
  /** Errors a test expects and tolerates (e.g. a blocked script in a hostile import); matched by regex. */
  allowedConsoleErrors: RegExp[];
  /** Console and page errors seen so far in this test's context; checked again when the test ends. */
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors = watchErrors(context);
      await use(errors);
      const unexpected = errors.filter(
        (error) => !allowedConsoleErrors.some((allowed) => allowed.test(error)),
      );
      expect(unexpected, 'console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Opens the workbench and waits until it has settled: the network is idle and no region is aria-busy
 * (the convention for "still aligning/loading" that lets tests and screen readers wait for the same thing).
 */
export async function openWorkbench(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA, plus best practice) and fails with a readable list of violations. */
export async function expectNoA11yViolations(
  page: Page,
  options: { include?: string; exclude?: string } = {},
) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const { violations } = await builder.analyze();
  const readable = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(readable, 'axe-core violations').toEqual([]);
}

/** Saves a full-page screenshot to test-results/screenshots/NAME.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** With UPDATE_README_SCREENSHOT=1, saves what the viewport shows as README's .github/screenshot.png. */
export async function maybeUpdateReadmeScreenshot(page: Page): Promise<void> {
  if (process.env.UPDATE_README_SCREENSHOT !== '1') return;
  mkdirSync(join(ROOT, '.github'), { recursive: true });
  await page.screenshot({ path: join(ROOT, '.github', 'screenshot.png') });
}

/** The header's view switch (Compare, Claims, Articles, Share, Teach). */
export const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/** Sentence k of the article shown in the Claims view. */
export const sentence = (page: Page, k: number) => page.locator('[data-sentence]').nth(k);

/** Opens the workbench on the seeds and switches to the Claims view, its first sentence shown. */
export async function openClaims(page: Page): Promise<void> {
  await openWorkbench(page);
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await expect(sentence(page, 0)).toBeVisible();
}

/** Expects sentence k of the Claims view to carry the given mark (its toggle pressed). */
export async function expectMark(
  page: Page,
  k: number,
  status: 'Verified' | 'Disputed' | 'Unsourced',
) {
  await expect(sentence(page, k).getByRole('button', { name: status })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

/** The compare view's discrepancy panel. */
export const findingPanel = (page: Page) => page.getByRole('region', { name: /^Discrepancies/ });
/** The findings' own buttons in the panel (each jumps to its row). */
export const findingButtons = (page: Page) =>
  findingPanel(page).getByRole('button', { name: /^(high|medium|low) · / });
/** The count in the panel's heading (findings not dismissed). */
export async function findingCount(page: Page): Promise<number> {
  const text = (await findingPanel(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

/**
 * Starts recording, in the page, whether any element matching `selector` is given the class
 * `className` from now on (by a change of its class, or added to the page with it); the returned
 * function reads the record. For a class that stays only a moment (the "pointed-at" outline lasts
 * 1.6 s): checked after the fact on a busy machine, it may be gone already.
 */
export async function watchClassAdded(
  page: Page,
  selector: string,
  className: string,
): Promise<() => Promise<boolean>> {
  const key = `__classSeen_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ({ key, selector, className }) => {
      const record = window as unknown as Record<string, boolean>;
      record[key] = false;
      const has = (n: Node): n is Element =>
        n instanceof Element && n.matches(selector) && n.classList.contains(className);
      const observer = new MutationObserver((mutations) => {
        for (const m of mutations) {
          const added =
            m.type === 'attributes'
              ? has(m.target) && !(m.oldValue ?? '').split(/\s+/).includes(className)
              : [...m.addedNodes].some(
                  (n) =>
                    has(n) ||
                    (n instanceof Element && [...n.querySelectorAll(selector)].some((e) => has(e))),
                );
          if (added) {
            record[key] = true;
            observer.disconnect();
            return;
          }
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['class'],
      });
    },
    { key, selector, className },
  );
  return () =>
    page.evaluate((key) => (window as unknown as Record<string, boolean>)[key] === true, key);
}
