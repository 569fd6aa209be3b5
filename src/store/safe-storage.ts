import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StorageFault } from './state.ts';
import { MissingTextsError } from './texts.ts';

/** Options for the fault-tolerant storage adapter. */
export interface SafeStorageOptions<S> {
  /** The version this build writes; a saved payload with a higher one is never overwritten. */
  version: number;
  /** Returns the Storage to use; may throw (SecurityError) when storage is blocked. */
  getStorage: () => Storage;
  onFault: (fault: StorageFault | null) => void;
  /** Brings an older payload up to date and checks its shape; returns null when it is unusable. */
  upgrade: (state: unknown, version: number) => S | null;
  /**
   * Turns the state into what is written. When part of it must first be stored elsewhere (article
   * texts in IndexedDB), `wait` settles once that is done or has failed; the latest state is then
   * packed again and written. Without it the state is written as it is.
   */
  pack?: (state: S) => { payload: unknown; wait: Promise<unknown> | null };
}

/** Key under which a payload that could not be used is kept. */
export function backupKeyFor(name: string, now: number): string {
  return `${name}:backup:${now}`;
}

/** The key of a backup of `name` that already holds exactly `raw`, or null. */
function existingBackup(s: Storage, name: string, raw: string): string | null {
  const prefix = `${name}:backup:`;
  try {
    for (let i = 0; i < s.length; i += 1) {
      const key = s.key(i);
      if (key?.startsWith(prefix) && s.getItem(key) === raw) return key;
    }
  } catch {
    // Unreadable storage: writing a fresh copy is the safe side.
  }
  return null;
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
  );
}

// Characters above U+00FF. A string without any is kept by browsers in one byte per character, so
// the saved work loads at start-up in about half the time.
const WIDE = /[\u0100-\uffff]/g;
/** Escape only while the text grows by a quarter at most: a text in another script would grow up to sixfold. */
const MAX_GROWTH = 0.25;

/**
 * JSON of a value, with each character above U+00FF written as a \u escape when there are few of
 * them (curly quotes and dashes in English text). JSON.parse reads it back unchanged.
 */
export function compactJson(value: unknown): string {
  const json = JSON.stringify(value);
  let wide = 0;
  for (let k = 0; k < json.length; k++) if (json.charCodeAt(k) > 0xff) wide++;
  if (wide === 0 || wide * 5 > json.length * MAX_GROWTH) return json;
  return json.replace(WIDE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What a raw saved string holds: usable state, a newer version than this build, or nothing usable. */
export type ReadResult<S> =
  { kind: 'ok'; state: S } | { kind: 'newer'; version: number } | { kind: 'corrupt' };

/** Parses a saved payload {state, version}, brings it up to date and checks its shape. */
export function readPayload<S>(
  raw: string,
  version: number,
  upgrade: (state: unknown, version: number) => S | null,
): ReadResult<S> {
  const read = readSaved(raw, version, upgrade);
  return read.kind === 'missing' ? { kind: 'corrupt' } : read;
}

/** As readPayload, but tells a payload whose article texts cannot be found (`missing`) from a corrupt one. */
export function readSaved<S>(
  raw: string,
  version: number,
  upgrade: (state: unknown, version: number) => S | null,
): ReadResult<S> | { kind: 'missing'; count: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  const value = parsed as StorageValue<unknown> | null;
  if (
    !value ||
    typeof value !== 'object' ||
    typeof value.state !== 'object' ||
    value.state === null
  ) {
    return { kind: 'corrupt' };
  }
  const from = typeof value.version === 'number' ? value.version : 0;
  if (from > version) return { kind: 'newer', version: from };
  let state: S | null;
  try {
    state = upgrade(value.state, from);
  } catch (e) {
    if (e instanceof MissingTextsError) return { kind: 'missing', count: e.keys.length };
    state = null;
  }
  return state === null ? { kind: 'corrupt' } : { kind: 'ok', state };
}

/**
 * A persist storage that never loses data: unreadable or newer payloads are copied to a backup key
 * (and a newer one is never overwritten), write failures keep the work in memory, and every fault
 * is reported so the UI can explain it and offer a download.
 */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): PersistStorage<S> & {
  /** True while the saved payload must not be overwritten. */
  readonly blocked: boolean;
  unblock(): void;
  /** Stops all writes, e.g. once another tab has saved a newer version. */
  block(): void;
} {
  let blocked = false;
  let quotaFault = false;
  // The latest state not yet written, while an earlier one waits for its texts to be stored.
  let queued: StorageValue<S> | null = null;
  let waiting = false;

  const storage = (): Storage | null => {
    try {
      return options.getStorage();
    } catch {
      options.onFault({ kind: 'unavailable' });
      return null;
    }
  };

  const backup = (s: Storage, name: string, raw: string): string | null => {
    // One copy per distinct payload: a newer save met on every page load is backed up once.
    const same = existingBackup(s, name, raw);
    if (same) return same;
    const key = backupKeyFor(name, Date.now());
    try {
      s.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  };

  return {
    get blocked() {
      return blocked;
    },
    unblock() {
      blocked = false;
    },
    block() {
      blocked = true;
    },
    getItem(name) {
      const s = storage();
      if (!s) return null;
      let raw: string | null;
      try {
        raw = s.getItem(name);
      } catch {
        options.onFault({ kind: 'unavailable' });
        return null;
      }
      if (raw === null) return null;
      const read = readSaved(raw, options.version, options.upgrade);
      if (read.kind === 'ok') return { state: read.state, version: options.version };
      const backupKey = backup(s, name, raw);
      if (read.kind === 'newer') {
        blocked = true;
        options.onFault({ kind: 'newer', version: read.version, backupKey });
        return null;
      }
      if (read.kind === 'missing') {
        // The texts may come back (the database was only blocked): never overwrite their keys.
        blocked = true;
        options.onFault({ kind: 'texts-missing', count: read.count, backupKey });
        return null;
      }
      // Without a backup the original is the only copy: leave it untouched.
      blocked = backupKey === null;
      options.onFault({ kind: 'corrupt', backupKey });
      return null;
    },
    setItem(name, value) {
      queued = value;
      if (!waiting) flush(name);
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to lose: removal is best effort.
      }
    },
  };

  function flush(name: string): void {
    const value = queued;
    queued = null;
    if (!value || blocked) return;
    const packed = options.pack ? options.pack(value.state) : { payload: value.state, wait: null };
    if (packed.wait) {
      waiting = true;
      // The page going away before the texts are stored would lose this state (a setting changed just
      // after the first load, then a reload): it is written then as it is, texts inline, the shape
      // saves had before the texts moved out (read as such, the texts moved out at the next load).
      const leaving = () => {
        if (!waiting || blocked) return;
        const latest = queued ?? value;
        write(name, { state: latest.state, version: latest.version ?? options.version });
      };
      globalThis.addEventListener?.('pagehide', leaving);
      // Changes made meanwhile wait in `queued`; the newest state is written once the texts are in.
      const next = () => {
        globalThis.removeEventListener?.('pagehide', leaving);
        waiting = false;
        queued ??= value;
        flush(name);
      };
      void packed.wait.then(next, next);
      return;
    }
    write(name, { state: packed.payload, version: value.version ?? options.version });
  }

  function write(name: string, value: StorageValue<unknown>): void {
    const s = storage();
    if (!s) return;
    try {
      s.setItem(name, compactJson(value));
      if (quotaFault) {
        quotaFault = false;
        options.onFault(null);
      }
    } catch (e) {
      if (isQuotaError(e)) {
        quotaFault = true;
        options.onFault({ kind: 'quota' });
      } else {
        options.onFault({ kind: 'unavailable' });
      }
    }
  }
}

// Values of small keys of their own whose write the browser refused: kept here for the tab.
const refused = new Map<string, string | null>();

/**
 * Reads a small key of its own beside the saved work (the reviewer's place, for one): the value
 * this tab last wrote when the browser refused to keep it, null when storage is blocked or empty.
 */
export function readKey(key: string, getStorage: () => Storage = () => window.localStorage) {
  if (refused.has(key)) return refused.get(key) ?? null;
  try {
    return getStorage().getItem(key);
  } catch {
    return null;
  }
}

/** Writes (or, with null, removes) such a key; a full or blocked storage keeps it for the tab. */
export function writeKey(
  key: string,
  value: string | null,
  getStorage: () => Storage = () => window.localStorage,
): void {
  try {
    const s = getStorage();
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    refused.delete(key);
  } catch {
    refused.set(key, value);
  }
}
