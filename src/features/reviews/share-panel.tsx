import { useId, useState } from 'react';
import { useAppStore } from '../../store/index.ts';
import { newReviewerId, writeTeam, type TeamSettings } from '../../sync/team-settings.ts';
import { JoinForm } from './join-form.tsx';
import { useTeamSettings, useTeamStatus } from './use-team.ts';

/** The settings form's fields, as typed. */
function draftOf(team: TeamSettings) {
  return {
    name: team.reviewer?.name ?? '',
    colour: team.reviewer?.colour ?? '#1f5f99',
    role: team.reviewer?.role ?? 'reviewer',
    server: team.server,
  };
}

/** Whether `address` is a URL a WebSocket can open (no fragment, which it refuses). */
function parses(address: string): boolean {
  try {
    return new URL(address).hash === '' && !address.includes('#');
  } catch {
    return false;
  }
}

/** The open shared review's connection to the sync server, in words. */
const LINK_TEXT = {
  off: '',
  connecting: 'Connecting to the sync server…',
  connected: 'Connected to the sync server: your work reaches the team.',
  reconnecting: 'The connection to the sync server was lost: reconnecting…',
  offline: 'Offline: your work is sent when the connection returns.',
} as const;

/**
 * "Share with team": who this reviewer is (set once), the sync server's address, and sharing the
 * open review or joining a colleague's by its code.
 */
export function SharePanel() {
  const id = useId();
  const team = useTeamSettings();
  const activeId = useAppStore((s) => s.activeReviewId);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => draftOf(team));
  const [error, setError] = useState('');
  const shared = team.shared.includes(activeId);
  const { reviewId, link } = useTeamStatus();

  const save = (): boolean => {
    const name = draft.name.trim();
    const server = draft.server.trim();
    if (!name) return fail('Give your name, so colleagues see who gave each verdict.');
    if (server && !/^wss?:\/\/[^\s]+$/.test(server))
      return fail(
        'The server address starts with ws:// or wss://, for example ws://127.0.0.1:1234.',
      );
    // What a WebSocket would refuse (a port past 65535, a broken host) fails here, not on connecting.
    if (server && !parses(server))
      return fail(
        `“${server.slice(0, 80)}” is not a server address: check its host and port, for example ws://127.0.0.1:1234.`,
      );
    setError('');
    writeTeam({
      reviewer: {
        id: team.reviewer?.id ?? newReviewerId(),
        name,
        colour: draft.colour,
        role: draft.role === 'editor' ? 'editor' : 'reviewer',
      },
      server,
    });
    return true;
  };
  function fail(message: string): false {
    setError(message);
    return false;
  }

  return (
    <div className="share-team">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Share with team
      </button>
      {open && (
        <section id={`${id}-panel`} className="share-team-panel" aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`}>Share with team</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (save() && !shared) writeTeam({ shared: [...team.shared, activeId] });
            }}
          >
            <label>
              Your name{' '}
              <input
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </label>
            <label>
              Your colour{' '}
              <input
                type="color"
                value={draft.colour}
                onChange={(e) => setDraft({ ...draft, colour: e.target.value })}
              />
            </label>
            <label>
              Role{' '}
              <select
                value={draft.role}
                onChange={(e) =>
                  setDraft({ ...draft, role: e.target.value === 'editor' ? 'editor' : 'reviewer' })
                }
              >
                <option value="reviewer">Reviewer</option>
                <option value="editor">Editor (sets final verdicts)</option>
              </select>
            </label>
            <label>
              Sync server{' '}
              <input
                value={draft.server}
                placeholder="ws://127.0.0.1:1234"
                onChange={(e) => setDraft({ ...draft, server: e.target.value })}
              />
            </label>
            <button type="submit">{shared ? 'Save settings' : 'Share this review'}</button>
          </form>
          {error && <p role="alert">{error}</p>}
          {shared && (
            <p>
              This review is shared. Colleagues join it with the code <code>{activeId}</code>.{' '}
              <button
                type="button"
                onClick={() => writeTeam({ shared: team.shared.filter((x) => x !== activeId) })}
              >
                Stop sharing here
              </button>
            </p>
          )}
          {shared && team.server && reviewId === activeId && (
            <p className="share-hint">{LINK_TEXT[link]}</p>
          )}
          <JoinForm save={save} fail={(m) => setError(m)} />
        </section>
      )}
    </div>
  );
}
