import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { computeComparison } from '../../src/core/compare/index.ts';
import { gridRows as rowsOfComparison } from '../../src/features/compare/grid-model.ts';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { DEFAULT_DIFF } from '../../src/store/payload.ts';
import { resetPlaceCache, setPlace } from '../../src/store/place.ts';
import { seedArticles } from '../../src/store/seed-review.ts';

const SLOW = { timeout: 15_000 };

/** The sentence items of the shown article. */
const sentences = () =>
  screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-sentence'));

/** The grid's rows below its header row, once the comparison has arrived. */
async function gridRows() {
  const table = await screen.findByRole('table', { name: /aligned paragraphs/i }, SLOW);
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(8), SLOW);
  return within(table).getAllByRole('row').slice(1);
}

/** As a page load: the components go, and what the place store parsed is forgotten. */
function reload(unmount: () => void) {
  unmount();
  resetPlaceCache();
}

describe('the reviewer’s place', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPlaceCache();
    getAppStore().setState({ ...initialSavedState() });
  });

  it('brings the Claims view back on the article and sentence chosen, after another view and a reload', async () => {
    const user = userEvent.setup();
    const first = render(<ClaimsView />);
    const picker = screen.getByRole('combobox', { name: 'Article' });
    const third = within(picker).getAllByRole('option')[2]!;
    await user.selectOptions(picker, third);
    await user.click(within(sentences()[2]!).getAllByText(/\S/)[0]!);
    const panel = screen.getByRole('region', { name: 'Focused sentence' });
    expect(panel).toHaveTextContent(/Paragraph \d+, sentence \d+/);
    const where = within(panel).getByText(/Paragraph \d+, sentence \d+/).textContent;

    first.unmount();
    const again = render(<ClaimsView />);
    expect(screen.getByRole('combobox', { name: 'Article' })).toHaveDisplayValue(
      third.textContent!,
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Focused sentence' })).toHaveTextContent(where!),
    );

    reload(again.unmount);
    render(<ClaimsView />);
    expect(screen.getByRole('combobox', { name: 'Article' })).toHaveDisplayValue(
      third.textContent!,
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Focused sentence' })).toHaveTextContent(where!),
    );
  });

  it('opens the view that was open when the page was left', async () => {
    const user = userEvent.setup();
    const views = () => screen.getByRole('navigation', { name: 'Views' });
    const first = render(<App />);
    await user.click(within(views()).getByRole('button', { name: 'Claims' }));
    reload(first.unmount);
    render(<App />);
    expect(within(views()).getByRole('button', { name: 'Claims' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(views()).getByRole('button', { name: 'Compare' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('keeps the open finding across another view and a reload', async () => {
    const user = userEvent.setup();
    const views = () => screen.getByRole('navigation', { name: 'Views' });
    /** The jump button of each finding in the discrepancy list. */
    const findings = async () => {
      const list = await screen.findByRole('region', { name: /^Discrepancies/ }, SLOW);
      await waitFor(
        () => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(3),
        SLOW,
      );
      return within(list)
        .getAllByRole('listitem')
        .map((li) => within(li).getAllByRole('button')[0]!);
    };
    const first = render(<App />);
    const third = (await findings())[2]!;
    await user.click(third);
    expect(third).toHaveAttribute('aria-current', 'true');
    const name = third.textContent;

    await user.click(within(views()).getByRole('button', { name: 'Claims' }));
    await user.click(within(views()).getByRole('button', { name: 'Compare' }));
    await waitFor(async () => {
      const open = (await findings()).filter((b) => b.getAttribute('aria-current') === 'true');
      expect(open.map((b) => b.textContent)).toEqual([name]);
    }, SLOW);

    reload(first.unmount);
    render(<App />);
    await waitFor(async () => {
      const open = (await findings()).filter((b) => b.getAttribute('aria-current') === 'true');
      expect(open.map((b) => b.textContent)).toEqual([name]);
    }, SLOW);
  }, 60_000);

  it('keeps the grid’s focused row when the reader goes to another view and comes back', async () => {
    const user = userEvent.setup();
    const views = () => screen.getByRole('navigation', { name: 'Views' });
    render(<App />);
    const rows = await gridRows();
    rows[0]!.focus();
    for (let k = 0; k < 3; k++) await user.keyboard('j');
    await waitFor(() => expect(rows[3]).toHaveFocus());
    const name = rows[3]!.getAttribute('aria-label')!;

    await user.click(within(views()).getByRole('button', { name: 'Claims' }));
    await user.click(within(views()).getByRole('button', { name: 'Compare' }));
    const back = await gridRows();
    await waitFor(() =>
      expect(back.find((r) => r.getAttribute('tabindex') === '0')).toHaveAccessibleName(name),
    );
    // Focus stays where the reader is (the view switch), not pulled into the grid.
    expect(within(views()).getByRole('button', { name: 'Compare' })).toHaveFocus();
  }, 60_000);
});

describe('the grid’s place when another review is opened', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPlaceCache();
    getAppStore().setState({ ...initialSavedState() });
  });

  it('is restored against the opened review’s rows, not those of the review still on screen', async () => {
    const store = getAppStore();
    const first = store.getState().activeReviewId;
    const seeds = seedArticles();
    const ids = seeds.map((a) => a.id);
    const kept = [ids[0]!, ids[2]!];
    const second = store.getState().duplicateReview(first);
    store.getState().setActiveReview(second);
    for (const id of ids.filter((x) => !kept.includes(x))) store.getState().removeArticle(id);
    store.getState().setActiveReview(first);

    // A paragraph of the base article that stands in different rows in the two.
    const settings = { ...DEFAULT_DIFF, onlyDiscrepancies: false };
    const rowsOf = (compared: string[]) =>
      rowsOfComparison(
        computeComparison(
          seeds.filter((a) => compared.includes(a.id)),
          ids[0],
        ),
        kept,
        ids[0]!,
        settings,
      );
    // What the grid shows between the switch and the second review's comparison: the first's,
    // with the second's articles.
    const inFirst = rowsOf(ids);
    const inSecond = rowsOf(kept);
    const base = (r: (typeof inFirst)[number]) => r.row.cells[ids[0]!]?.[0];
    const position = inSecond.findIndex(
      (r, k) => base(r) !== undefined && inFirst.findIndex((x) => base(x) === base(r)) !== k,
    );
    expect(position).toBeGreaterThan(0);
    setPlace(second, { row: { article: ids[0]!, paragraph: base(inSecond[position]!)! } });

    render(<App />);
    await gridRows();
    // The grid has painted (the overview follows its first paint): a place can be restored.
    await screen.findByRole('table', { name: /share of each article/i }, SLOW);
    act(() => store.getState().setActiveReview(second));
    await waitFor(
      () =>
        expect(
          screen.getByRole('row', { name: new RegExp(`^Row ${position + 1}\\b`) }),
        ).toHaveAttribute('tabindex', '0'),
      SLOW,
    );
  }, 60_000);
});
