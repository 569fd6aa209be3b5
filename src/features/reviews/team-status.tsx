import { useEffect } from 'react';
import { getAppStore } from '../../store/index.ts';
import { startTeam } from '../../sync/team.ts';
import { useTeamSettings, useTeamStatus } from './use-team.ts';
import './team.css';

/**
 * Keeps the open review's sharing running, and shows it: who else is in the review and where,
 * claims the reviewers disagree on, and a banner while work is not yet shared with the server.
 */
export function TeamStatus() {
  useEffect(() => startTeam(getAppStore()), []);
  const status = useTeamStatus();
  const { server } = useTeamSettings();
  const waiting = status.reviewId !== null && server !== '' && status.link !== 'connected';
  return (
    <>
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
      {status.reviewId !== null && (
        <section className="team-presence" aria-label="Reviewers here now">
          <h2 className="sr-only">Reviewers here now</h2>
          {status.peers.length === 0 ? (
            <p className="claims-muted">No one else is in this review now.</p>
          ) : (
            <ul>
              {status.peers.map((p) => (
                <li key={p.clientId}>
                  <span
                    className="team-swatch"
                    style={{ background: p.colour }}
                    aria-hidden="true"
                  />
                  <strong>{p.name}</strong>
                  {p.place && <span className="claims-muted"> at {p.place}</span>}
                </li>
              ))}
            </ul>
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
      )}
    </>
  );
}
