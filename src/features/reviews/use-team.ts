import { useSyncExternalStore } from 'react';
import { readTeam, subscribeTeam, type TeamSettings } from '../../sync/team-settings.ts';
import { subscribeTeamStatus, teamStatus, type TeamStatus } from '../../sync/team-state.ts';

/** This browser's team settings, kept current. */
export function useTeamSettings(): TeamSettings {
  return useSyncExternalStore(subscribeTeam, readTeam, readTeam);
}

/** The open review's sharing status (connection, presence, disagreements), kept current. */
export function useTeamStatus(): TeamStatus {
  return useSyncExternalStore(subscribeTeamStatus, teamStatus, teamStatus);
}
