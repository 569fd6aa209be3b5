import { useSyncExternalStore } from 'react';
import { readTeam, subscribeTeam } from '../../sync/team-settings.ts';
import { subscribeTeamStatus, teamStatus } from '../../sync/team-state.ts';
import { useOnline } from './use-online.ts';

/**
 * Says so while the browser is offline: the workbench keeps working, and the work stays saved here.
 * The live region is always there, so that screen readers announce the message when it appears.
 */
export function OfflineBanner() {
  const online = useOnline();
  // A shared review's own banner says it (and what becomes of the team's work): one banner, not two.
  const team = useSyncExternalStore(subscribeTeamStatus, teamStatus, teamStatus);
  const { server } = useSyncExternalStore(subscribeTeam, readTeam, readTeam);
  const sharedSays = team.reviewId !== null && server !== '';
  return (
    <div role="status" aria-label="Connection" className="offline-status">
      {!online && !sharedSays && (
        <p className="banner banner-quiet">
          You are offline. Crosscheck keeps working from this browser’s copy, and everything you do
          is saved here as usual.
        </p>
      )}
    </div>
  );
}
