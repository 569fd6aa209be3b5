import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/index.ts';
import { readTeam } from '../../sync/team-settings.ts';
import { isReviewCode, joinShared } from '../../sync/team.ts';

/** How long joining waits for the server before saying it cannot be reached, in seconds. */
const CONNECT_SECONDS = 5;
/** How long a found review may take to open before the panel says it has not, in seconds. */
const OPEN_SECONDS = 10;

interface Props {
  /** Saves the reviewer's settings; false (with a message shown) when they are not valid. */
  save: () => boolean;
  /** Shows a message that something went wrong, or clears it (''). */
  fail: (message: string) => void;
}

/**
 * "Code of a colleague's review" and Join: checks the code's shape, then asks the server whether
 * it has the review before joining, and says so when it has none or cannot be reached, so a
 * wrong code never waits silently and leaves nothing behind.
 */
export function JoinForm({ save, fail }: Props) {
  const activeId = useAppStore((s) => s.activeReviewId);
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<{ code: string; text: string } | null>(null);
  // The join under way (a newer one or closing the panel makes an older answer stale).
  const current = useRef(0);
  useEffect(() => () => void current.current++, []);
  // Once the joined review is open, its sharing shows in the panel: the status has done its job.
  const opened = status !== null && status.code === activeId && status.text.startsWith('Found');
  const shown = opened ? null : status;
  // A review found but not opened in time (the server went away, or this browser deleted it once)
  // says so instead of "opening it…" for ever.
  const waiting =
    status !== null && !opened && status.text.startsWith('Found') ? status.code : null;
  useEffect(() => {
    if (waiting === null) return;
    const timer = setTimeout(() => {
      setStatus((s) =>
        s?.code === waiting && s.text.startsWith('Found')
          ? {
              code: waiting,
              text: `${waiting} has not opened after ${OPEN_SECONDS} seconds: its content has not arrived. It opens by itself when it does; check the connection, or pick it in Reviews.`,
            }
          : s,
      );
    }, OPEN_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [waiting]);

  const join = async () => {
    const c = code.trim();
    if (!c) return fail('Paste the code a colleague gave you.');
    if (!isReviewCode(c))
      return fail(
        `“${c.slice(0, 80)}” is not a review code. A code looks like review-1a2b3c4d5e6f: copy it whole from your colleague’s Share with team panel.`,
      );
    if (!save()) return;
    fail('');
    const { server, shared } = readTeam();
    if (shared.includes(c)) {
      joinShared(c);
      setCode('');
      return;
    }
    const mine = ++current.current;
    setStatus({
      code: c,
      text: server ? `Connecting to ${server}…` : 'Looking for the review in this browser…',
    });
    // A probe that fails (its code not loaded, a socket refused) is a server not reached, never a wait.
    const result = await import('../../sync/probe-shared.ts')
      .then(({ probeShared }) => probeShared(server, c, { connectMs: CONNECT_SECONDS * 1000 }))
      .catch(() => 'unreachable' as const);
    if (mine !== current.current) return;
    if (result === 'found') {
      setStatus({ code: c, text: `Found ${c}: opening it…` });
      setCode('');
      joinShared(c);
      return;
    }
    setStatus(null);
    if (result === 'unknown')
      fail(
        server
          ? `No shared review has this code (${c}) on ${server}. Check the code with your colleague. Nothing here was changed.`
          : `No shared review has this code (${c}) in this browser, and no sync server is set: give the team’s server address to join a colleague’s review. Nothing here was changed.`,
      );
    else
      fail(
        navigator.onLine
          ? `The sync server at ${server} cannot be reached (no answer in ${CONNECT_SECONDS} seconds). Check the address and that the server is running, then join again. Nothing here was changed.`
          : 'You are offline: joining a colleague’s review needs the sync server. Join again once the connection is back. Nothing here was changed.',
      );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <label>
        Code of a colleague’s review{' '}
        <input value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <button type="submit">Join</button>
      <p role="status" className="share-hint">
        {shown?.text}
      </p>
    </form>
  );
}
