import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  expect,
  expectNoA11yViolations,
  findingButtons,
  findingCount,
  findingPanel,
  openWorkbench,
  saveScreenshot,
  test,
  views,
} from './fixtures.ts';

const panel = findingPanel;
const findings = findingButtons;
const count = findingCount;

/** Clicks a Share button once the comparison is ready and returns the downloaded file's text. */
async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const button = page.getByRole('button', { name });
  await expect(button).toBeEnabled({ timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The change list's rows as objects by column name (the byte-order mark checked and dropped). */
function changeRows(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The report's finding headings: "N. type · severity · Status". */
const findingHeadings = (md: string) => [...md.matchAll(/^### (\d+)\. (.+) · (\w+) · (\w+)$/gm)];

test.describe('comparison exports', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a review with confirmed and dismissed findings exports as report and change list, following the filter', async ({
    page,
  }) => {
    await openWorkbench(page);
    await expect(findings(page).first()).toBeVisible();
    const total = await count(page);
    const confirmed = (await findings(page).nth(0).textContent()) ?? '';
    await panel(page)
      .getByRole('group', { name: 'Finding 1', exact: true })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await panel(page)
      .getByRole('group', { name: 'Finding 2', exact: true })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await expect.poll(() => count(page)).toBe(total - 1);

    await views(page).getByRole('button', { name: 'Share' }).click();
    const report = await download(page, 'Download comparison report (Markdown)');
    expect(report.file).toMatch(/\.comparison\.md$/);
    const md = report.text;
    for (const section of ['## Articles', '## Coverage', `## Findings (${total - 1})`, '## Claims'])
      expect(md).toContain(`\n${section}\n`);
    // Every article with its outlet and date, the heat map as a table of shares.
    expect(md).toMatch(
      /\| A \| More than 1,000 Afghan soldiers flee to Tajikistan \| BBC News \| 2021-07-05 \|/,
    );
    expect(md).toMatch(/^\| \*\*A\*\* \| — \| \d+% \|/m);
    const heads = findingHeadings(md);
    expect(heads).toHaveLength(total - 1);
    expect(heads.filter((h) => h[4] === 'Confirmed')).toHaveLength(1);
    expect(heads.filter((h) => h[4] === 'Dismissed')).toHaveLength(0);
    expect(md).toContain('Left out by the filter: 1 dismissed.');
    // The confirmed finding's explanation is the one the panel showed for it.
    const block = md.split(/\n### /).find((b) => / · Confirmed\n/.test(b))!;
    const explanation = block.split('\n')[2]!.replace(/\\(.)/g, '$1');
    expect(confirmed).toContain(explanation);
    expect(block).toMatch(/\| \*\*Wording\*\* \| “.+” \| “.+” \|/);

    const list = await download(page, 'Download change list (CSV)');
    expect(list.file).toMatch(/\.changes\.csv$/);
    const rows = changeRows(list.text);
    expect(new Set(rows.map((r) => r.Finding)).size).toBe(total - 1);
    expect(new Set(rows.map((r) => r.Status))).toEqual(new Set(['open', 'confirmed']));
    for (const r of rows) {
      expect(r['Paragraph 1']).toMatch(/^(\d+|headline|furniture \d+)$/);
      expect(r['Wording 1']!.length).toBeGreaterThan(0);
      expect(r['Wording 2']!.length).toBeGreaterThan(0);
      expect(r['Article 1']).not.toBe(r['Article 2']);
    }
    await expect(page.getByRole('region', { name: /^Findings/ })).toBeVisible();
    await expectNoA11yViolations(page);

    // With the Dismissed filter on in the compare view, the exports carry the dismissed finding too.
    await views(page).getByRole('button', { name: 'Compare' }).click();
    await expect(findings(page).first()).toBeVisible();
    await panel(page)
      .getByText(/^Show: open, confirmed · all types/)
      .click();
    await panel(page).getByRole('checkbox', { name: 'Dismissed (1)' }).check();
    await views(page).getByRole('button', { name: 'Share' }).click();
    const all = await download(page, 'Download comparison report (Markdown)');
    expect(findingHeadings(all.text).filter((h) => h[4] === 'Dismissed')).toHaveLength(1);
    expect(all.text).toContain(`\n## Findings (${total})\n`);
    const allRows = changeRows((await download(page, 'Download change list (CSV)')).text);
    expect(allRows.some((r) => r.Status === 'dismissed')).toBe(true);
    expect(new Set(allRows.map((r) => r.Finding)).size).toBe(total);

    // The print view: the controls are left out, the report with its findings makes a PDF.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Download' })).toBeHidden();
    await expect(page.getByRole('region', { name: /^Findings/ })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await saveScreenshot(page, 'comparison-report');
  });
});
