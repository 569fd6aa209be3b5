import { useSyncExternalStore } from 'react';
import { subscribeTeamStatus, teamStatus } from '../../sync/team-state.ts';

const time = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** In a shared review, the notes other reviewers wrote on this claim, with who and when. */
export function TeamNotes({ claimId }: { claimId: string }) {
  const notes = useSyncExternalStore(
    subscribeTeamStatus,
    () => teamStatus().notes[claimId],
    () => undefined,
  );
  if (!notes || notes.length === 0) return null;
  return (
    <section className="team-notes" aria-label="Notes from the team">
      <h3>Notes from the team</h3>
      <ul>
        {notes.map((n) => (
          <li key={`${n.name}-${n.at}`}>
            <strong>{n.name}</strong>,{' '}
            <time dateTime={new Date(n.at).toISOString()}>{time(n.at)}</time>: {n.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
