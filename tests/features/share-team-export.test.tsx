import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/components/download.ts';
import { claimReviewFile } from '../../src/features/share/downloads.ts';
import { ShareView } from '../../src/features/share/share-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { setTeamStatus, setTeamVerdicts } from '../../src/sync/team-state.ts';
import { defaultPublishing } from '../../src/core/formats/index.ts';
import { sharedSample } from '../fixtures/formats/team-review.ts';

vi.mock('../../src/components/download.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadText: vi.fn(),
}));

/** Opens the sample review in the app store; `shared`: as the open shared review, with its team's verdicts. */
function open(shared: boolean) {
  const { review, team } = sharedSample();
  getAppStore().setState({
    ...initialSavedState(),
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
  });
  if (shared) {
    setTeamStatus({ reviewId: review.id, link: 'connected', disagreements: 1 });
    setTeamVerdicts(() => team);
  }
  return review;
}

/** The text of the last download, after clicking the button named `name`. */
async function download(user: ReturnType<typeof userEvent.setup>, name: string): Promise<string> {
  await user.click(screen.getByRole('button', { name }));
  return vi.mocked(downloadText).mock.calls.at(-1)![1];
}

const csvRows = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('Share for a review shared with a team', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.mocked(downloadText).mockClear();
  });
  afterEach(() => {
    setTeamVerdicts(null);
    act(() => setTeamStatus(null));
  });

  it('offers no reviewer option for a review that is not shared', () => {
    open(false);
    render(<ShareView />);
    expect(
      screen.queryByRole('checkbox', { name: 'Include each reviewer’s verdicts' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/this review is shared/i)).not.toBeInTheDocument();
  });

  it('waits for the team’s verdicts before any download of a review just shared', async () => {
    const user = userEvent.setup();
    const { review, team } = sharedSample();
    open(false);
    act(() => setTeamStatus({ reviewId: review.id, link: 'connecting', disagreements: 0 }));
    render(<ShareView />);
    const panel = screen.getByRole('region', { name: 'Download' });
    expect(panel).toHaveTextContent(/reading the team’s verdicts/i);
    const csv = within(panel).getByRole('button', { name: 'Download claims (CSV)' });
    expect(csv).toBeDisabled();
    expect(csv).toHaveAccessibleDescription(/reading the team’s verdicts/i);
    expect(screen.getByRole('button', { name: 'Download ClaimReview (JSON-LD)' })).toBeDisabled();
    act(() => {
      setTeamStatus({ disagreements: 1 });
      setTeamVerdicts(() => team);
    });
    expect(csv).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download ClaimReview (JSON-LD)' })).toBeEnabled();
    const [header, ...rows] = csvRows(await download(user, 'Download claims (CSV)'));
    // The team's outcome, not this browser's verdicts alone: the disputed claim is marked.
    expect(rows.map((r) => r[header!.indexOf('Status')])).toContain('in disagreement');
  });

  it('downloads final verdicts, the disagreement marked, and each reviewer’s when asked', async () => {
    const user = userEvent.setup();
    open(true);
    render(<ShareView />);
    const panel = screen.getByRole('region', { name: 'Download' });
    expect(panel).toHaveTextContent(/1 claim where reviewers disagree is marked “in disagreement”/);
    const each = within(panel).getByRole('checkbox', { name: 'Include each reviewer’s verdicts' });
    expect(each).not.toBeChecked();

    let [header, first] = csvRows(await download(user, 'Download claims (CSV)'));
    expect(first![header!.indexOf('Status')]).toBe('in disagreement');
    expect(header).not.toContain('Ana: verdict');
    expect(await download(user, 'Download report (Markdown)')).not.toContain('Each reviewer');

    await user.click(each);
    [header, first] = csvRows(await download(user, 'Download claims (CSV)'));
    expect(first![header!.indexOf('Ana: verdict')]).toBe('verified');
    expect(first![header!.indexOf('Ben: verdict')]).toBe('disputed');
    const md = await download(user, 'Download report (Markdown)');
    expect(md).toContain('**Each reviewer:**');
    expect(md).toMatch(/- Ana: Verified, .* — note by Ana, .*: Press office confirmed 40\./);
  });

  it('publishes only final verdicts as fact checks, and says the disputed claim is left out', () => {
    open(true);
    render(<ShareView />);
    const form = screen.getByRole('region', { name: 'Fact checks (ClaimReview)' });
    expect(form).toHaveTextContent(/only final verdicts are published/i);
    expect(form).toHaveTextContent(/the claim where reviewers disagree is left out/i);
    const checks = within(form).getByRole('list', { name: /fact checks to publish/i });
    expect(within(checks).getAllByRole('listitem')).toHaveLength(2);
    expect(checks).not.toHaveTextContent('40 people');
    // The report on the page does not give the disputed claim a verdict either.
    const report = screen.getByRole('article');
    expect(within(report).getByRole('heading', { name: /^In disagreement/ })).toBeVisible();
  });

  it('says why there is nothing to publish when every verdict is still disputed between reviewers', () => {
    const { review, team } = sharedSample();
    const [fire] = Object.keys(team.claims);
    for (const id of Object.keys(review.claims)) if (id !== fire) delete review.claims[id];
    const settings = {
      ...defaultPublishing(),
      publisher: 'Coast Fact Desk',
      pageUrl: 'https://facts.example/harbour',
    };
    expect(claimReviewFile(review, settings, 0)).toMatchObject({ ok: true });
    expect(claimReviewFile(review, settings, 0, 'json-ld', { team })).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^No claim has a final verdict yet: .* an editor’s final verdict/,
      ),
    });
  });
});
