import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryView } from '../../src/features/library/library-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

declare global {
  var __pwned: unknown;
}

const articleList = () => screen.getByRole('list', { name: 'Articles in this review' });
const articleNamed = (name: RegExp | string) => screen.getByRole('article', { name });
const fileInput = () => screen.getByLabelText('Open files');

function setup() {
  const user = userEvent.setup();
  render(<LibraryView />);
  return user;
}

describe('Articles view', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState(), lastDeleted: null, fault: null });
    globalThis.__pwned = undefined;
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists the review’s articles with labelled details', () => {
    setup();
    expect(within(articleList()).getAllByRole('article')).toHaveLength(5);
    const first = within(articleList()).getAllByRole('article')[0]!;
    expect(within(first).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'More than 1,000 Afghan soldiers flee to Tajikistan',
    );
    expect(within(first).getByRole('textbox', { name: 'Outlet' })).toHaveValue('BBC News');
    expect(within(first).getByLabelText('Date')).toHaveValue('2021-07-05');
    expect(within(first).getByRole('textbox', { name: 'URL' })).toHaveValue('');
  });

  it('adds a pasted article to the list under a pasted-N id', async () => {
    const user = setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Article text' }),
      'Ferry strike ends{Enter}{Enter}Ferries ran again on Friday after a two-day strike.',
    );
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const added = articleNamed('Ferry strike ends');
    expect(within(added).getByText(/pasted-1\.txt/)).toBeInTheDocument();
    expect(screen.getByText(/added an article: “Ferry strike ends”/i)).toBeInTheDocument();
    expect(within(articleList()).getAllByRole('article')).toHaveLength(6);
  });

  it('refuses to add an empty paste', async () => {
    const user = setup();
    await user.type(screen.getByRole('textbox', { name: 'Article text' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/no text to add/i);
    expect(within(articleList()).getAllByRole('article')).toHaveLength(5);
  });

  it('adds a .txt file opened with the file input, its id from the file name', async () => {
    const user = setup();
    const text =
      'Council approves budget\n\nThe council approved a budget of 12 million euros on Thursday.';
    await user.upload(fileInput(), new File([text], 'budget.txt', { type: 'text/plain' }));
    const added = await screen.findByRole('article', { name: 'Council approves budget' });
    expect(within(added).getByText(/budget\.txt/)).toBeInTheDocument();
  });

  it('gives a second file of the same name a suffixed id', async () => {
    const user = setup();
    await user.upload(fileInput(), new File(['First version\n\nOne.'], 'same.txt'));
    await screen.findByRole('article', { name: 'First version' });
    await user.upload(fileInput(), new File(['Second version\n\nTwo.'], 'same.txt'));
    const second = await screen.findByRole('article', { name: 'Second version' });
    expect(within(second).getByText(/same-2\.txt/)).toBeInTheDocument();
  });

  it('turns Markdown into plain text with its heading as title', async () => {
    const user = setup();
    await user.upload(fileInput(), new File([fixture('notes.md')], 'notes.md'));
    const added = await screen.findByRole('article', { name: 'Flood barrier tested' });
    const text = within(added).getByRole('region', { name: /text of/i });
    expect(text).toHaveTextContent(
      'The new barrier was raised for the first time on Tuesday, said the water board.',
    );
    expect(text.textContent).not.toMatch(/[*_#[\]>]|https?:/);
  });

  it('refuses an empty file with a clear message', async () => {
    const user = setup();
    await user.upload(fileInput(), new File([], 'blank.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('blank.txt is empty.');
    expect(within(articleList()).getAllByRole('article')).toHaveLength(5);
  });

  it('refuses a binary file even when it is named .txt', async () => {
    const user = setup();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await user.upload(fileInput(), new File([png], 'photo.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /photo\.txt looks like a binary file/,
    );
    expect(within(articleList()).getAllByRole('article')).toHaveLength(5);
  });

  it('refuses a file over 5 MB', async () => {
    const user = setup();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(97)], 'huge.txt');
    await user.upload(fileInput(), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /huge\.txt is 5\.0 MB; files up to 5 MB/,
    );
  });

  it('refuses a dropped file of an unsupported type, and adds the good one beside it', async () => {
    setup();
    const zone = screen.getByText(/drop \.txt, \.md or \.html files here/i).parentElement!;
    await act(async () => {
      fireEvent.drop(zone, {
        dataTransfer: {
          files: [
            new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }),
            new File(['Dropped story\n\nIt was dropped.'], 'dropped.txt'),
          ],
        },
      });
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /report\.pdf is not a supported type/,
    );
    expect(screen.getByRole('article', { name: 'Dropped story' })).toBeInTheDocument();
  });

  it('extracts the text of hostile HTML without running its scripts, handlers or links', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const user = setup();
    await user.upload(fileInput(), new File([fixture('hostile.html')], 'hostile.html'));
    const added = await screen.findByRole('article', { name: /harbour bridge reopens/i });
    const text = within(added).getByRole('region', { name: /text of/i });
    expect(text.textContent).toMatch(
      /^Harbour bridge reopens after repairs\n\nBy Dana Reyes\n\nThe harbour bridge reopened/,
    );
    expect(text).toHaveTextContent(/resurfaced the deck. The work cost 3\.1 million euros/);
    expect(text).toHaveTextContent(/Read the council statement for details/);
    expect(text.textContent).not.toMatch(/__pwned|alert|javascript/);
    expect(within(added).getByRole('textbox', { name: 'Outlet' })).toHaveValue('The Coastal Times');
    expect(within(added).getByLabelText('Date')).toHaveValue('2024-03-05');
    expect(within(added).getByRole('textbox', { name: 'URL' })).toHaveValue(
      'https://coastal.example/news/harbour-bridge',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(globalThis.__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
    expect(document.querySelector('script, img, iframe')).toBeNull();
  });

  describe('an article with marks', () => {
    const TEXT =
      'Dam inspection finds cracks\n\nInspectors found three cracks in the dam wall on Monday.\n\nRepairs will take a month, the operator said.';
    beforeEach(() => {
      const store = getAppStore().getState();
      store.addArticle({
        id: 'dam.txt',
        text: TEXT,
        title: 'Dam inspection finds cracks',
        outlet: '',
        date: null,
        url: '',
        addedAt: 0,
      });
      const start = TEXT.indexOf('Inspectors');
      store.markSentence('dam.txt', start, TEXT.indexOf('.', start) + 1, 'verified');
      const second = TEXT.indexOf('Repairs');
      store.markSentence('dam.txt', second, TEXT.indexOf('.', second) + 1, 'disputed');
    });

    it('saves edited details and keeps the marks', async () => {
      const user = setup();
      const item = articleNamed('Dam inspection finds cracks');
      expect(within(item).getByText(/2 marks/)).toBeInTheDocument();
      const title = within(item).getByRole('textbox', { name: 'Title' });
      await user.clear(title);
      await user.type(title, 'Cracks found in dam wall');
      await user.type(within(item).getByRole('textbox', { name: 'Outlet' }), 'River Post');
      await user.type(within(item).getByLabelText('Date'), '2024-05-06');
      await user.type(
        within(item).getByRole('textbox', { name: 'URL' }),
        'https://river.example/dam',
      );
      await user.click(within(item).getByRole('button', { name: 'Save details' }));
      const saved = articleNamed('Cracks found in dam wall');
      expect(within(saved).getByText('Details saved.')).toBeInTheDocument();
      expect(within(saved).getByText(/2 marks/)).toBeInTheDocument();
      expect(within(saved).getByRole('textbox', { name: 'Outlet' })).toHaveValue('River Post');
      expect(within(saved).getByLabelText('Date')).toHaveValue('2024-05-06');
    });

    it('refuses a URL that is not http(s)', async () => {
      const user = setup();
      const item = articleNamed('Dam inspection finds cracks');
      await user.type(within(item).getByRole('textbox', { name: 'URL' }), 'javascript:alert(1)');
      await user.click(within(item).getByRole('button', { name: 'Save details' }));
      expect(within(item).getByRole('alert')).toHaveTextContent(/must start with http/);
    });

    it('asks before removing, saying how many marks stay as orphans', async () => {
      const user = setup();
      const item = articleNamed('Dam inspection finds cracks');
      await user.click(within(item).getByRole('button', { name: 'Remove' }));
      const confirm = within(item).getByRole('group', { name: /remove dam inspection/i });
      expect(confirm).toHaveTextContent(/its 2 marks will be kept as orphans/i);
      await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
      expect(articleNamed('Dam inspection finds cracks')).toBeInTheDocument();
      await user.click(within(item).getByRole('button', { name: 'Remove' }));
      await user.click(within(item).getByRole('button', { name: 'Remove article' }));
      expect(screen.queryByRole('article', { name: 'Dam inspection finds cracks' })).toBeNull();
      expect(
        screen.getByText(/removed “Dam inspection finds cracks”; 2 marks kept as orphans/i),
      ).toBeInTheDocument();
    });

    it('replaces the text with a pasted edited version and reports how the marks re-anchored', async () => {
      const user = setup();
      const item = articleNamed('Dam inspection finds cracks');
      await user.click(within(item).getByRole('button', { name: 'Replace with edited version' }));
      const edited =
        'Dam inspection finds cracks\n\nA spokesman spoke first.\n\nInspectors found three cracks in the dam wall on Monday.';
      await user.type(
        within(item).getByRole('textbox', { name: 'Edited text' }),
        edited.replace(/\n/g, '{Enter}'),
      );
      await user.click(within(item).getByRole('button', { name: 'Replace text' }));
      expect(
        within(item).getByText(/marks re-anchored: 0 exact, 1 moved, 0 fuzzy, 1 orphaned/i),
      ).toBeInTheDocument();
    });

    it('replaces the text from an edited file', async () => {
      const user = setup();
      const item = articleNamed('Dam inspection finds cracks');
      await user.click(within(item).getByRole('button', { name: 'Replace with edited version' }));
      await user.upload(
        within(item).getByLabelText(/open the edited file/i),
        new File([TEXT.replace('a month', 'six weeks')], 'dam-v2.txt'),
      );
      expect(
        await within(item).findByText(/marks re-anchored: 0 exact, 1 moved, 1 fuzzy, 0 orphaned/i),
      ).toBeInTheDocument();
    });
  });
});
