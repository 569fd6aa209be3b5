import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { comparisonModel, CHANGE_COLUMNS } from '../../src/core/formats/index.ts';
import { DEFAULT_FILTER } from '../../src/core/compare/finding-filter.ts';
import { downloadText } from '../../src/components/download.ts';
import { ShareView } from '../../src/features/share/share-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { resetPlaceCache, setPlace } from '../../src/store/place.ts';
import { riverComparison, riverReview } from '../fixtures/formats/comparison.ts';

vi.mock('../../src/components/download.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadText: vi.fn(),
}));

/** Opens the three-outlet review with its date finding dismissed. */
function openRiver() {
  const review = riverReview();
  const all = comparisonModel(review, riverComparison(review), {
    ...DEFAULT_FILTER,
    dismissed: true,
  });
  const date = all.findings.find((f) => f.type === 'date')!;
  review.triage = { [date.key]: { status: 'dismissed', at: 1 } };
  getAppStore().setState({
    ...initialSavedState(),
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
  });
  return review;
}

const report = () => screen.getByRole('article');
/** The change-list button, once the comparison is ready (disabled until then). */
async function changeList() {
  const button = screen.getByRole('button', { name: 'Download change list (CSV)' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

describe('Share view: the comparison', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPlaceCache();
    vi.mocked(downloadText).mockClear();
  });

  it('prints the findings with their status and versions, the dismissed one left out', async () => {
    openRiver();
    render(<ShareView />);
    const findings = await within(report()).findByRole('region', { name: /^Findings/ });
    const titles = within(findings)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['1. number · high · Open', '2. name · medium · Open']);
    const versions = within(findings).getByRole('table', { name: 'Finding 1: versions' });
    expect(within(versions).getByRole('row', { name: /^Wording/ })).toHaveTextContent('“23”“32”');
    expect(findings).toHaveTextContent('Left out by the filter: 1 dismissed.');
    expect(within(report()).getByRole('table', { name: /^Coverage/ })).toBeInTheDocument();
    expect(within(report()).getByRole('table', { name: 'Articles' })).toHaveTextContent(
      'https://courier.example/ferry',
    );
  });

  it('downloads the change list and the report under the filter kept from the discrepancy list', async () => {
    const user = userEvent.setup();
    const review = openRiver();
    setPlace(review.id, { findingFilter: { ...DEFAULT_FILTER, dismissed: true } });
    render(<ShareView />);
    await user.click(await changeList());
    const [name, csv, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toMatch(/\.changes\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const status = CHANGE_COLUMNS.indexOf('Status');
    const dates = rows.filter((r) => r[CHANGE_COLUMNS.indexOf('Type')] === 'date');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((r) => r[status] === 'dismissed')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Download comparison report (Markdown)' }));
    const [mdName, md] = vi.mocked(downloadText).mock.calls[1]!;
    expect(mdName).toMatch(/\.comparison\.md$/);
    expect(md).toMatch(/^### \d+\. date · high · Dismissed$/m);
  });
});
