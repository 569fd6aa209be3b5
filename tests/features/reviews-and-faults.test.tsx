import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FaultBanner } from '../../src/features/storage/fault-banner.tsx';
import { ReviewMenu } from '../../src/features/reviews/review-menu.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

describe('Review menu', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState(), lastDeleted: null, fault: null });
  });

  it('creates, renames and duplicates reviews, listed in the review picker', async () => {
    const user = userEvent.setup();
    render(<ReviewMenu />);
    const picker = screen.getByRole('combobox', { name: /review/i });
    expect(within(picker).getAllByRole('option')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: /new name/i });
    await user.clear(input);
    await user.type(input, 'Budget claims{Enter}');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    const names = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual([
      expect.stringMatching(/sample/i),
      'Budget claims',
      'Budget claims (copy)',
    ]);
  });

  it('deletes a review and brings it back with undo', async () => {
    const user = userEvent.setup();
    render(<ReviewMenu />);
    const picker = screen.getByRole('combobox', { name: /review/i });
    const before = within(picker).getAllByRole('option')[0]!.textContent;
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).not.toContain(before);
    await user.click(screen.getByRole('button', { name: /undo delete/i }));
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain(before);
  });
});

describe('Storage fault banner', () => {
  beforeEach(() => getAppStore().setState({ fault: null }));

  it('says nothing while storage works', () => {
    render(<FaultBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a full storage and offers a download', () => {
    render(<FaultBanner />);
    act(() => getAppStore().setState({ fault: { kind: 'quota' } }));
    expect(screen.getByRole('alert')).toHaveTextContent(/storage is full/i);
    expect(screen.getByRole('button', { name: /download my work/i })).toBeInTheDocument();
  });

  it('names the backup key when saved data was unreadable', () => {
    render(<FaultBanner />);
    act(() =>
      getAppStore().setState({ fault: { kind: 'corrupt', backupKey: 'crosscheck:v1:backup:1' } }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('crosscheck:v1:backup:1');
  });
});
