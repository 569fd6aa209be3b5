import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SharePanel } from '../../src/features/reviews/share-panel.tsx';
import { TeamLinkBanner, TeamStatus } from '../../src/features/reviews/team-status.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { probeShared, type ProbeResult } from '../../src/sync/probe-shared.ts';
import { readTeam, writeTeam } from '../../src/sync/team-settings.ts';
import { setTeamStatus } from '../../src/sync/team-state.ts';

// The server's answer is played by the test; tests/sync/join.test.ts asks the real server.
vi.mock('../../src/sync/probe-shared.ts', () => ({ probeShared: vi.fn() }));
// The panel's sharing runs no Yjs here (TeamStatus starts it).
vi.mock('../../src/sync/team.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  startTeam: () => () => {},
}));

const SERVER = 'ws://127.0.0.1:1234';

/** The probe's answer, given when the test says. */
function answerLater() {
  let answer: (r: ProbeResult) => void = () => {};
  vi.mocked(probeShared).mockImplementation(
    () => new Promise<ProbeResult>((resolve) => (answer = resolve)),
  );
  return (r: ProbeResult) => act(async () => answer(r));
}

/** Opens the panel as Ana with the team's server, types `code` and presses Join. */
async function join(code: string) {
  const user = userEvent.setup();
  render(<SharePanel />);
  await user.click(screen.getByRole('button', { name: 'Share with team' }));
  const panel = screen.getByRole('region', { name: 'Share with team' });
  await user.type(within(panel).getByRole('textbox', { name: 'Your name' }), 'Ana');
  await user.type(within(panel).getByRole('textbox', { name: 'Sync server' }), SERVER);
  await user.type(
    within(panel).getByRole('textbox', { name: 'Code of a colleague’s review' }),
    code,
  );
  await user.click(within(panel).getByRole('button', { name: 'Join' }));
  return panel;
}

describe('joining a colleague’s review by its code', () => {
  beforeEach(() => {
    localStorage.clear();
    writeTeam({ reviewer: null, server: '', shared: [] });
    setTeamStatus(null);
    vi.mocked(probeShared).mockReset();
    getAppStore().setState({ ...initialSavedState(), lastDeleted: null, fault: null });
  });

  it('refuses a malformed code with a clear message, without asking the server', async () => {
    const panel = await join('https://example.org/review');
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      /is not a review code\. A code looks like review-/,
    );
    expect(probeShared).not.toHaveBeenCalled();
    expect(readTeam().shared).toEqual([]);
  });

  it('says it is connecting, then that no shared review has the code, and changes nothing', async () => {
    const before = getAppStore().getState();
    const answer = answerLater();
    const panel = await join('review-0000deadbeef');
    expect(within(panel).getByRole('status')).toHaveTextContent(`Connecting to ${SERVER}…`);
    expect(probeShared).toHaveBeenCalledWith(SERVER, 'review-0000deadbeef', { connectMs: 5000 });
    await answer('unknown');
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      `No shared review has this code (review-0000deadbeef) on ${SERVER}`,
    );
    expect(within(panel).getByRole('status')).toBeEmptyDOMElement();
    const after = getAppStore().getState();
    expect(after.reviews).toBe(before.reviews);
    expect(after.activeReviewId).toBe(before.activeReviewId);
    expect(readTeam().shared).toEqual([]);
  });

  it('says when the server cannot be reached within the bound', async () => {
    const answer = answerLater();
    const panel = await join('review-0000deadbeef');
    await answer('unreachable');
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      `The sync server at ${SERVER} cannot be reached (no answer in 5 seconds)`,
    );
    expect(readTeam().shared).toEqual([]);
  });

  it('refuses a server address no WebSocket can open, without asking it', async () => {
    const user = userEvent.setup();
    render(<SharePanel />);
    await user.click(screen.getByRole('button', { name: 'Share with team' }));
    const panel = screen.getByRole('region', { name: 'Share with team' });
    await user.type(within(panel).getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.type(
      within(panel).getByRole('textbox', { name: 'Sync server' }),
      'ws://127.0.0.1:99999',
    );
    await user.type(
      within(panel).getByRole('textbox', { name: 'Code of a colleague’s review' }),
      'review-0000deadbeef',
    );
    await user.click(within(panel).getByRole('button', { name: 'Join' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      '“ws://127.0.0.1:99999” is not a server address: check its host and port',
    );
    expect(probeShared).not.toHaveBeenCalled();
    expect(readTeam().server).toBe('');
  });

  it('says the server cannot be reached when the check itself fails, instead of waiting', async () => {
    vi.mocked(probeShared).mockRejectedValue(new SyntaxError('Invalid URL'));
    const panel = await join('review-0000deadbeef');
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      `The sync server at ${SERVER} cannot be reached`,
    );
    expect(within(panel).getByRole('status')).toBeEmptyDOMElement();
    expect(readTeam().shared).toEqual([]);
  });

  it('joins a review the server has', async () => {
    const answer = answerLater();
    const panel = await join('review-0000cafe0001');
    await answer('found');
    expect(within(panel).getByRole('status')).toHaveTextContent('Found review-0000cafe0001');
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(readTeam().shared).toEqual(['review-0000cafe0001']);
  });

  it('says so when a found review has not opened after a while, instead of "opening it…" for ever', async () => {
    const answer = answerLater();
    const panel = await join('review-0000cafe0002');
    vi.useFakeTimers();
    try {
      await answer('found');
      expect(within(panel).getByRole('status')).toHaveTextContent('opening it');
      act(() => vi.advanceTimersByTime(10_000));
      expect(within(panel).getByRole('status')).toHaveTextContent(
        'review-0000cafe0002 has not opened after 10 seconds',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a lost connection as reconnecting, in the panel and the banner', async () => {
    const id = getAppStore().getState().activeReviewId;
    writeTeam({
      reviewer: { id: 'r-ana', name: 'Ana', colour: '#1f5f99', role: 'reviewer' },
      server: SERVER,
      shared: [id],
    });
    const user = userEvent.setup();
    render(
      <>
        <TeamStatus />
        <SharePanel />
        <TeamLinkBanner />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Share with team' }));
    const panel = screen.getByRole('region', { name: 'Share with team' });
    act(() => setTeamStatus({ reviewId: id, link: 'connected' }));
    expect(panel).toHaveTextContent('Connected to the sync server');
    act(() => setTeamStatus({ link: 'reconnecting' }));
    expect(panel).toHaveTextContent('The connection to the sync server was lost: reconnecting…');
    // The banner at the foot of the window says it too; the presence line says who is here is not known.
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent(
      /connection to the sync server was lost, reconnecting/,
    );
    expect(screen.getByRole('region', { name: 'Reviewers here now' })).toHaveTextContent(
      /not connected/i,
    );
  });
});
