import { useEffect } from 'react';
import { getAppStore } from '../../store/index.ts';
import { startTeam } from '../../sync/team.ts';
import { useTeamSettings, useTeamStatus } from './use-team.ts';
import './team.css';

/**
 * Keeps the open review's sharing running, and shows who else is in the review and where, and the
 * claims the reviewers disagree on, on one line of the header that never changes height.
 */
export function TeamStatus() {
  useEffect(() => startTeam(getAppStore()), []);
  const status = useTeamStatus();
  if (status.reviewId === null) return null;
  return (
    <section className="team-presence" aria-label="Reviewers here now">
      <h2 className="sr-only">Reviewers here now</h2>
      {status.link === 'connecting' ? (
        <p className="claims-muted">Connecting to the sync server…</p>
      ) : status.link === 'offline' || status.link === 'reconnecting' ? (
        <p className="claims-muted">
          Not connected: who else is here shows when the connection returns.
        </p>
      ) : status.peers.length === 0 ? (
        <p className="claims-muted">No one else is in this review now.</p>
      ) : (
        <>
          {/* The count stays when a narrow window cuts the list short. */}
          <span className="team-count claims-muted">{status.peers.length} here:</span>
          <ul>
            {status.peers.map((p) => (
              <li key={p.clientId}>
                <span className="team-swatch" style={{ background: p.colour }} aria-hidden="true" />
                <strong>{p.name}</strong>
                {p.place && <span className="team-place claims-muted"> at {p.place}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {/* On the presence line, not a line of its own: it comes and goes with colleagues' verdicts. */}
      <p role="status" className="team-disagreements">
        {status.disagreements === 0
          ? ''
          : status.disagreements === 1
            ? '1 claim where reviewers disagree'
            : `${status.disagreements} claims where reviewers disagree`}
      </p>
    </section>
  );
}

/**
 * Says, at the foot of the window, while a shared review's work is not reaching the server. At the
 * foot, so that a connection dropping or returning never moves the work under the reviewer's pointer.
 */
export function TeamLinkBanner() {
  const status = useTeamStatus();
  const { server } = useTeamSettings();
  const waiting = status.reviewId !== null && server !== '' && status.link !== 'connected';
  return (
    <div role="status" className="team-status">
      {waiting && (
        <p className="banner banner-quiet">
          {status.link === 'offline'
            ? 'Offline: your work on this shared review is not yet shared.'
            : status.link === 'reconnecting'
              ? 'The connection to the sync server was lost, reconnecting: your work on this shared review is not yet shared.'
              : 'The sync server cannot be reached yet: your work on this shared review is not yet shared.'}{' '}
          {status.unsent
            ? 'Your latest changes are kept in this browser'
            : 'Everything is kept in this browser'}{' '}
          and is sent as soon as the connection returns.
        </p>
      )}
    </div>
  );
}
