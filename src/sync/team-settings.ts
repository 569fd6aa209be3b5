/**
 * The team settings of this browser, saved once in localStorage: who the reviewer is (name,
 * colour, role), the sync server's address, and which reviews are shared. No Yjs here: this module
 * is part of the start-up bundle, the sync code is loaded only when a review is shared.
 */
import type { Reviewer } from './team-verdicts.ts';

/** localStorage key of the team settings. */
export const TEAM_KEY = 'crosscheck:team';

/** What this browser knows of team work. */
export interface TeamSettings {
  reviewer: Reviewer | null;
  /** ws:// or wss:// address of the sync server; empty: this browser's tabs only. */
  server: string;
  /** Ids of the reviews shared with the team. */
  shared: string[];
}

const EMPTY: TeamSettings = { reviewer: null, server: '', shared: [] };
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: TeamSettings } | null = null;

const text = (x: unknown, max = 200) => (typeof x === 'string' ? x.slice(0, max) : '');

/** Reads the settings; anything malformed is dropped field by field. */
export function readTeam(): TeamSettings {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(TEAM_KEY);
  } catch {
    return cache?.value ?? EMPTY;
  }
  if (cache && cache.raw === raw) return cache.value;
  let value = EMPTY;
  try {
    const j = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const r = j.reviewer as Record<string, unknown> | null | undefined;
    value = {
      reviewer:
        r && text(r.id) && text(r.name)
          ? {
              id: text(r.id),
              name: text(r.name, 60),
              colour: /^#[0-9a-f]{6}$/i.test(text(r.colour)) ? text(r.colour) : '#1f5f99',
              role: r.role === 'editor' ? 'editor' : 'reviewer',
            }
          : null,
      server: /^wss?:\/\//.test(text(j.server)) ? text(j.server) : '',
      shared: Array.isArray(j.shared)
        ? j.shared.filter((x): x is string => typeof x === 'string')
        : [],
    };
  } catch {
    // Junk is replaced by the next save.
  }
  cache = { raw, value };
  return value;
}

/** Changes the settings and tells the listeners. */
export function writeTeam(patch: Partial<TeamSettings>): TeamSettings {
  const next = { ...readTeam(), ...patch };
  const raw = JSON.stringify(next);
  try {
    window.localStorage.setItem(TEAM_KEY, raw);
  } catch {
    // Blocked or full storage: the settings hold for this page.
  }
  cache = { raw, value: next };
  for (const l of listeners) l();
  return next;
}

/** Calls listener on every change of the settings (also from another tab); returns an unsubscribe. */
export function subscribeTeam(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === TEAM_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** A new reviewer id, unique enough to key verdicts by. */
export const newReviewerId = () =>
  `rv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
