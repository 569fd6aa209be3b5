import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultPublishing,
  exportReviewJson,
  parseReviewJson,
} from '../../src/core/formats/index.ts';
import { downloadText, slug } from '../../src/components/download.ts';
import {
  annotationsFile,
  claimReviewFile,
  claimsCsvFile,
  markdownFile,
  reviewJsonFile,
} from '../../src/features/share/downloads.ts';
import { ShareView } from '../../src/features/share/share-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';

vi.mock('../../src/components/download.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadText: vi.fn(),
}));

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** Opens the fixture review (and only it) in the app store. */
function openSample() {
  const review = sampleReview();
  getAppStore().setState({
    ...initialSavedState(),
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
  });
  return review;
}

const fileInput = () => screen.getByLabelText(/open a review file/i);

describe('what each Share button downloads', () => {
  it('names files after the review and the time', () => {
    expect(slug('Harbour fire & flood barrier!', 'review')).toBe('harbour-fire-flood-barrier');
    expect(slug('«»', 'review')).toBe('review');
    expect(reviewJsonFile(sampleReview(), NOW).filename).toBe(
      'harbour-fire-and-flood-barrier-2025-01-02T03-04-05.review.json',
    );
  });

  it('writes a review file that Import reads back with the same claims', () => {
    const review = sampleReview();
    const parsed = parseReviewJson(reviewJsonFile(review, NOW).text);
    expect(parsed.ok && parsed.review.claims).toEqual(review.claims);
  });

  it('writes the claims CSV, the Markdown report and the Web Annotations', () => {
    const review = sampleReview();
    const csv = claimsCsvFile(review, NOW);
    expect(csv.type).toBe('text/csv;charset=utf-8');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.split('\r\n')[0]).toContain('"Quote"');
    expect(csv.text).toContain('Which officials?');
    const md = markdownFile(review, NOW);
    expect(md.filename).toMatch(/\.report\.md$/);
    expect(md.text).toMatch(/^# Harbour fire and flood barrier/);
    const collection = JSON.parse(annotationsFile(review, NOW).text) as {
      type: string;
      total: number;
      first: { items: { type: string }[] };
    };
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 4 });
    expect(collection.first.items.every((a) => a.type === 'Annotation')).toBe(true);
  });

  it('refuses ClaimReview markup for a page URL that is not http(s), and writes it for one that is', () => {
    const review = sampleReview();
    const settings = { ...defaultPublishing(), publisher: 'Desk', pageUrl: 'example.org/check' };
    const bad = claimReviewFile(review, settings, NOW);
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/http/) });
    const good = claimReviewFile(
      review,
      { ...settings, pageUrl: ' https://example.org/check ' },
      NOW,
    );
    if (!good.ok) throw new Error(good.error);
    const items = JSON.parse(good.file.text) as { url: string; author: { '@type': string } }[];
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/example\.org\/check#claim-/),
      author: { '@type': 'Organization', name: 'Desk' },
    });
    const page = claimReviewFile(
      review,
      { ...settings, pageUrl: 'https://example.org/check' },
      NOW,
      'markup-page',
    );
    if (!page.ok) throw new Error(page.error);
    expect(page.file.filename).toMatch(/\.claimreview-page\.json$/);
    expect(JSON.parse(page.file.text)).toMatchObject({
      pageUrl: 'https://example.org/check',
      claimReviewAuthor: { name: 'Desk' },
    });
  });
});

describe('Share view', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.mocked(downloadText).mockClear();
  });

  it('downloads the review JSON when its button is clicked', async () => {
    const user = userEvent.setup();
    const review = openSample();
    render(<ShareView />);
    await user.click(screen.getByRole('button', { name: 'Download review (JSON)' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [filename, text, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(filename).toMatch(/^harbour-fire-and-flood-barrier-.*\.review\.json$/);
    expect(type).toBe('application/json');
    const parsed = parseReviewJson(text);
    expect(parsed.ok && parsed.review.claims).toEqual(review.claims);
  });

  it('says what is wrong with the page URL and downloads nothing', async () => {
    const user = userEvent.setup();
    openSample();
    render(<ShareView />);
    await user.type(screen.getByLabelText(/page url/i), 'not a url');
    await user.type(screen.getByLabelText(/publishing organization/i), 'Fact desk');
    await user.click(screen.getByRole('button', { name: /download claimreview/i }));
    expect(screen.getByRole('alert')).toHaveTextContent(/must be an absolute http/i);
    expect(screen.getByLabelText(/page url/i)).toHaveAttribute('aria-invalid', 'true');
    expect(downloadText).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText(/page url/i));
    await user.type(screen.getByLabelText(/page url/i), 'https://example.org/check');
    await user.click(screen.getByRole('button', { name: /download claimreview/i }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(vi.mocked(downloadText).mock.calls[0]?.[0]).toMatch(/\.claimreview\.jsonld$/);
  });

  it('saves the newsroom, its rating scale and each summary with the review, and publishes them', async () => {
    const user = userEvent.setup();
    const review = openSample();
    const { unmount } = render(<ShareView />);
    await user.type(screen.getByLabelText(/publishing organization/i), 'Coast Checks');
    await user.type(screen.getByLabelText(/page url/i), 'https://checks.example.org/fire');
    const label = screen.getByRole('textbox', { name: 'Label for Disputed' });
    await user.clear(label);
    await user.type(label, 'Misleading{Enter}');
    // Enter saves the field and downloads nothing.
    expect(downloadText).not.toHaveBeenCalled();
    const checks = screen.getByRole('list', { name: /fact checks to publish/i });
    const first = within(checks).getAllByRole('listitem')[0]!;
    // The long sentence is shortened at a word and flagged for editing; the claimant is suggested.
    expect(within(first).getByRole('textbox', { name: /summary of the claim/i })).toHaveValue(
      'The fire service said 40 people were evacuated from nearby flats before…',
    );
    expect(within(first).getByText(/shortened from the sentence/i)).toBeVisible();
    expect(screen.getByText(/one summary is still the sentence shortened/i)).toBeVisible();
    expect(within(first).getByRole('textbox', { name: /who made the claim/i })).toHaveValue(
      'Fire service',
    );
    const summary = within(first).getByRole('textbox', { name: /summary of the claim/i });
    await user.clear(summary);
    await user.type(summary, '40 people evacuated before midnight{Enter}');
    expect(within(first).queryByText(/shortened from the sentence/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/summary is still the sentence shortened/i)).not.toBeInTheDocument();

    // Saved with the review: a fresh view shows them again.
    unmount();
    render(<ShareView />);
    expect(screen.getByLabelText(/publishing organization/i)).toHaveValue('Coast Checks');
    expect(screen.getByRole('textbox', { name: 'Label for Disputed' })).toHaveValue('Misleading');
    const saved = getAppStore().getState().reviews[review.id]!;
    expect(saved.publishing).toMatchObject({ publisher: 'Coast Checks' });
    expect(parseReviewJson(exportReviewJson(saved, NOW)).ok).toBe(true);

    await user.click(screen.getByRole('button', { name: /download claimreview/i }));
    const [, text] = vi.mocked(downloadText).mock.calls[0]!;
    const items = JSON.parse(text) as {
      claimReviewed: string;
      reviewRating: { alternateName: string };
    }[];
    expect(items[0]!.claimReviewed).toBe('40 people evacuated before midnight');
    expect(items.map((i) => i.reviewRating.alternateName)).toEqual([
      'Verified',
      'Unsourced',
      'Misleading',
    ]);
    await user.click(screen.getByRole('button', { name: /fact check tools api/i }));
    expect(vi.mocked(downloadText).mock.calls[1]?.[0]).toMatch(/\.claimreview-page\.json$/);
  });

  it("carries the newsroom's name and scale over to a new review, with the page URL left to fill in", async () => {
    const user = userEvent.setup();
    const first = openSample();
    getAppStore()
      .getState()
      .setPublishing({
        publisher: 'Coast Checks',
        pageUrl: 'https://checks.example.org/fire',
        ratings: { ...defaultPublishing().ratings, disputed: { label: 'Misleading', value: 1 } },
      });
    // A second review, made later, that has not set anything.
    const second = { ...sampleReview(), id: 'review-2', updatedAt: first.updatedAt + 10 };
    getAppStore().setState((s) => ({
      reviews: { ...s.reviews, [second.id]: second },
      reviewOrder: [...s.reviewOrder, second.id],
      activeReviewId: second.id,
    }));
    render(<ShareView />);
    expect(screen.getByLabelText(/publishing organization/i)).toHaveValue('Coast Checks');
    expect(screen.getByRole('textbox', { name: 'Label for Disputed' })).toHaveValue('Misleading');
    expect(screen.getByLabelText(/page url/i)).toHaveValue('');
    await user.type(screen.getByLabelText(/page url/i), 'https://checks.example.org/flood{Enter}');
    expect(getAppStore().getState().reviews[second.id]?.publishing).toMatchObject({
      publisher: 'Coast Checks',
      pageUrl: 'https://checks.example.org/flood',
      ratings: { disputed: { label: 'Misleading', value: 1 } },
    });
    // The first review keeps its own page.
    expect(getAppStore().getState().reviews[first.id]?.publishing?.pageUrl).toBe(
      'https://checks.example.org/fire',
    );
  });

  it('names the newsroom as the creator of the Web Annotations, also in a later review', async () => {
    const user = userEvent.setup();
    const first = openSample();
    render(<ShareView />);
    const download = async () => {
      await user.click(screen.getByRole('button', { name: /download web annotations/i }));
      const [, text] = vi.mocked(downloadText).mock.calls.at(-1)!;
      return (JSON.parse(text) as { creator: { type: string; name: string } }).creator;
    };
    expect(await download()).toEqual({ type: 'Person', name: 'Crosscheck reviewer' });
    await user.type(screen.getByLabelText(/publishing organization/i), 'Coast Checks{Enter}');
    // A later review that has set nothing itself.
    const second = { ...sampleReview(), id: 'review-2', updatedAt: first.updatedAt + 10 };
    act(() =>
      getAppStore().setState((s) => ({
        reviews: { ...s.reviews, [second.id]: second },
        reviewOrder: [...s.reviewOrder, second.id],
        activeReviewId: second.id,
      })),
    );
    expect(await download()).toEqual({ type: 'Organization', name: 'Coast Checks' });
  });

  it('prints the report shown on the page', async () => {
    const user = userEvent.setup();
    openSample();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<ShareView />);
    const report = screen.getByRole('article', { name: 'Harbour fire and flood barrier' });
    expect(within(report).getByRole('heading', { name: 'Disputed (paragraph 2)' })).toBeVisible();
    expect(within(report).getByText(/Which officials\?/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Print report' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('shows in the printed report a verdict whose text changed since it was checked, with the checked quote', () => {
    const review = openSample();
    const claim = Object.values(review.claims).find((c) => c.status === 'disputed');
    if (!claim) throw new Error('the fixture has a disputed claim');
    const changed = { ...claim, checkedQuote: 'The quote as it stood when it was checked.' };
    getAppStore().setState((s) => ({
      reviews: { [review.id]: { ...review, claims: { ...review.claims, [claim.id]: changed } } },
      reviewOrder: s.reviewOrder,
    }));
    render(<ShareView />);
    const report = screen.getByRole('article', { name: 'Harbour fire and flood barrier' });
    expect(
      within(report).getByRole('heading', {
        name: 'Disputed (paragraph 2) — text changed since it was checked',
      }),
    ).toBeVisible();
    expect(within(report).getByText('The quote as it stood when it was checked.')).toBeVisible();
  });

  it('refuses a file that is not a review, says why and leaves the open review as it was', async () => {
    const user = userEvent.setup();
    const review = openSample();
    const before = getAppStore().getState().reviews;
    render(<ShareView />);
    await user.upload(fileInput(), new File(['{"format": "something-else"}'], 'bad.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /bad\.json: This is not a Crosscheck review file/,
    );
    expect(getAppStore().getState().reviews).toBe(before);
    expect(getAppStore().getState().activeReviewId).toBe(review.id);
  });

  it('adds a good review file as a new review, opens it and says so', async () => {
    const user = userEvent.setup();
    const review = openSample();
    render(<ShareView />);
    const text = exportReviewJson(review, NOW);
    await user.upload(fileInput(), new File([text], 'harbour.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /imported “Harbour fire and flood barrier” as a new review with 2 articles and 3 marked claims/i,
    );
    const state = getAppStore().getState();
    expect(state.reviewOrder).toHaveLength(2);
    expect(state.activeReviewId).not.toBe(review.id);
    expect(state.reviews[state.activeReviewId]?.claims).toEqual(review.claims);
    expect(state.reviews[review.id]).toEqual(review);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
