/**
 * What the shared review's connection looks like now, for the UI: whether the open review is
 * shared, whether its work has reached the server, and who else is in it. No Yjs here.
 */
import type { TeamExport } from '../core/formats/team-export.ts';

/** One person in the review now, and where. */
export interface Peer {
  clientId: number;
  name: string;
  colour: string;
  /** What they are looking at, in words ("row 3 of Gazette"), or empty. */
  place: string;
}

/** A note another reviewer wrote on a claim. */
export interface TeamNote {
  name: string;
  text: string;
  at: number;
}

/** The open review's team status. */
export interface TeamStatus {
  /** The id of the open review when it is shared, else null. */
  reviewId: string | null;
  /**
   * off: no server set (this browser only); connecting (not yet in step since the review opened);
   * connected and in step; reconnecting (was in step, lost the server); offline (the browser is).
   */
  link: 'off' | 'connecting' | 'connected' | 'reconnecting' | 'offline';
  /** True while local changes have not been acknowledged by the server. */
  unsent: boolean;
  peers: Peer[];
  /** Claims whose reviewers disagree with no final verdict. */
  disagreements: number;
  /** Other reviewers' notes, by claim id, oldest first (the reviewer's own note is the claim's). */
  notes: Record<string, TeamNote[]>;
  /**
   * False from the moment the review is shared until its document is read (this browser's copy, then
   * the server's for a few seconds): the exports wait for it rather than carry this reviewer's alone.
   */
  verdictsReady: boolean;
}

const OFF: TeamStatus = {
  reviewId: null,
  link: 'off',
  unsent: false,
  peers: [],
  disagreements: 0,
  notes: {},
  verdictsReady: false,
};
let status: TeamStatus = OFF;
const listeners = new Set<() => void>();

/** The current status (a new object on every change). */
export const teamStatus = (): TeamStatus => status;

/** Changes the status and tells the listeners. */
export function setTeamStatus(patch: Partial<TeamStatus> | null): void {
  status = patch === null ? OFF : { ...status, ...patch };
  for (const l of listeners) l();
}

/** Calls listener on every change; returns an unsubscribe. */
export function subscribeTeamStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let verdicts: (() => TeamExport) | null = null;

/** The open shared review's team verdicts, read now, for the exports; null when none is open. */
export const teamVerdicts = (): TeamExport | null => verdicts?.() ?? null;

/** Sets where teamVerdicts reads from (the open shared review's document), or null. */
export function setTeamVerdicts(source: (() => TeamExport) | null): void {
  verdicts = source;
  setTeamStatus({ verdictsReady: source !== null });
}
