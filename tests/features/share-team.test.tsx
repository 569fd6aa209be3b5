import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TeamNotes } from '../../src/features/claims/team-notes.tsx';
import { SharePanel } from '../../src/features/reviews/share-panel.tsx';
import { TeamLinkBanner, TeamStatus } from '../../src/features/reviews/team-status.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { readTeam, writeTeam } from '../../src/sync/team-settings.ts';
import { setTeamStatus } from '../../src/sync/team-state.ts';

describe('Share with team', () => {
  beforeEach(() => {
    localStorage.clear();
    writeTeam({ reviewer: null, server: '', shared: [] });
    setTeamStatus(null);
    getAppStore().setState({ ...initialSavedState(), lastDeleted: null, fault: null });
  });

  it('asks for a name and a ws:// address before sharing, then gives the review’s code', async () => {
    const user = userEvent.setup();
    render(<SharePanel />);
    await user.click(screen.getByRole('button', { name: 'Share with team' }));
    const panel = screen.getByRole('region', { name: 'Share with team' });
    await user.click(within(panel).getByRole('button', { name: 'Share this review' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/your name/i);
    await user.type(within(panel).getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.type(
      within(panel).getByRole('textbox', { name: 'Sync server' }),
      'http://example.org',
    );
    await user.click(within(panel).getByRole('button', { name: 'Share this review' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/ws:\/\//);
    await user.clear(within(panel).getByRole('textbox', { name: 'Sync server' }));
    await user.type(
      within(panel).getByRole('textbox', { name: 'Sync server' }),
      'ws://127.0.0.1:1234',
    );
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Role' }), 'editor');
    await user.click(within(panel).getByRole('button', { name: 'Share this review' }));
    const id = getAppStore().getState().activeReviewId;
    expect(within(panel).getByText(id)).toBeInTheDocument();
    expect(readTeam()).toMatchObject({
      reviewer: { name: 'Ana', role: 'editor' },
      server: 'ws://127.0.0.1:1234',
      shared: [id],
    });
    await user.click(within(panel).getByRole('button', { name: 'Stop sharing here' }));
    expect(readTeam().shared).toEqual([]);
    expect(within(panel).getByRole('button', { name: 'Share this review' })).toBeInTheDocument();
  });

  it('says when shared work has not reached the server, and lists who is here and where', () => {
    writeTeam({ server: 'ws://127.0.0.1:1234' });
    render(
      <>
        <TeamStatus />
        <TeamLinkBanner />
      </>,
    );
    expect(screen.queryByRole('region', { name: 'Reviewers here now' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() =>
      setTeamStatus({
        reviewId: 'review-sample',
        link: 'offline',
        unsent: true,
        disagreements: 2,
        peers: [{ clientId: 7, name: 'Ben', colour: '#d62728', place: 'claim “Forty people”' }],
      }),
    );
    const here = screen.getByRole('region', { name: 'Reviewers here now' });
    // Two live regions: the connection banner, and the disagreements on the presence line.
    const banner = screen.getAllByRole('status').find((s) => !here.contains(s))!;
    expect(banner).toHaveTextContent(/offline: your work .* is not yet shared/i);
    expect(banner).toHaveTextContent(/latest changes are kept in this browser/i);
    expect(within(here).getByRole('status')).toHaveTextContent('2 claims where reviewers disagree');
    // Offline, who was here last is not who is here now.
    expect(within(here).queryByRole('listitem')).not.toBeInTheDocument();
    expect(here).toHaveTextContent(
      /not connected: who else is here shows when the connection returns/i,
    );
    act(() => setTeamStatus({ link: 'connected', unsent: false }));
    expect(banner).not.toHaveTextContent(/not yet shared/);
    expect(here).toHaveTextContent('1 here:');
    expect(within(here).getByRole('listitem')).toHaveTextContent('Ben at claim “Forty people”');
    act(() => setTeamStatus({ peers: [], disagreements: 0 }));
    expect(within(here).getByRole('status')).toBeEmptyDOMElement();
    expect(within(here).getByText(/no one else/i)).toBeInTheDocument();
  });

  it('shows other reviewers’ notes on a claim with who wrote them and when', () => {
    render(<TeamNotes claimId="c1" />);
    expect(screen.queryByRole('region', { name: 'Notes from the team' })).not.toBeInTheDocument();
    const at = Date.UTC(2026, 10, 3, 9, 30);
    act(() =>
      setTeamStatus({
        reviewId: 'r',
        notes: {
          c1: [{ name: 'Ben', text: 'Minutes say 38, not 40', at }],
          c2: [{ name: 'Eve', text: 'Other', at }],
        },
      }),
    );
    const notes = screen.getByRole('region', { name: 'Notes from the team' });
    expect(within(notes).getByRole('listitem')).toHaveTextContent(
      /^Ben, .*: Minutes say 38, not 40$/,
    );
    expect(within(notes).getByRole('listitem').querySelector('time')).toHaveAttribute(
      'datetime',
      new Date(at).toISOString(),
    );
    expect(notes).not.toHaveTextContent('Other');
  });
});
