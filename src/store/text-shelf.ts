import { createStore, getMany, setMany, type UseStore } from 'idb-keyval';
import type { StorageEventLike, TabWindow } from './tab-sync.ts';
import { knownText, referencedKeys, rememberTexts } from './texts.ts';

/** Where article texts are kept outside the main storage (IndexedDB in the app). */
export interface TextShelf {
  /** False once the database could not be opened or failed: texts then stay in the main payload. */
  readonly usable: boolean;
  /** Whether the text under key is known to be in the database. */
  holds(key: string): boolean;
  /** Stores texts; settles once they are in, or once the database failed. Never rejects. */
  put(texts: ReadonlyMap<string, string>): Promise<void>;
  /** Reads texts into the page's table (see texts.ts); settles when done or failed. Never rejects. */
  fetch(keys: readonly string[]): Promise<void>;
  /** Called once when the database fails. */
  onFail: () => void;
}

/** Names of the app's text database and its one object store. */
export const TEXT_DB = { name: 'crosscheck', store: 'article-texts' } as const;

/** A shelf on an IndexedDB object store (through idb-keyval); unusable when there is no IndexedDB. */
export function createTextShelf(
  dbName: string = TEXT_DB.name,
  storeName: string = TEXT_DB.store,
): TextShelf {
  let db: UseStore | null = null;
  try {
    // idb-keyval opens the database on first use; without IndexedDB there is nothing to open.
    if (typeof indexedDB !== 'undefined') db = createStore(dbName, storeName);
  } catch {
    db = null;
  }
  const held = new Set<string>();
  const shelf: TextShelf = {
    usable: db !== null,
    holds: (key) => held.has(key),
    async put(texts) {
      if (!db || !shelf.usable) return;
      try {
        await setMany([...texts], db);
        for (const key of texts.keys()) held.add(key);
      } catch {
        fail();
      }
    },
    async fetch(keys) {
      const wanted = keys.filter((k) => !held.has(k) || knownText(k) === undefined);
      if (!db || !shelf.usable || wanted.length === 0) return;
      try {
        const found = await getMany<unknown>(wanted, db);
        wanted.forEach((key, k) => {
          const text = found[k];
          if (typeof text !== 'string') return;
          rememberTexts([[key, text]]);
          held.add(key);
        });
      } catch {
        fail();
      }
    },
    onFail: () => {},
  };
  const fail = () => {
    if (!shelf.usable) return;
    (shelf as { usable: boolean }).usable = false;
    shelf.onFail();
  };
  return shelf;
}

/**
 * Wraps a window for tab sync: a storage event for `key` that names texts this page does not know
 * reaches the listeners once they are read from the shelf. Events keep their order.
 */
export function withSharedTexts(win: TabWindow, key: string, shelf: TextShelf): TabWindow {
  type Listener = (e: StorageEventLike) => void;
  const wrapped = new Map<Listener, Listener>();
  let chain: Promise<void> = Promise.resolve();
  let pending = 0;
  return {
    addEventListener(type, listener) {
      const relay: Listener = (e) => {
        const missing =
          e.key === key ? referencedKeys(e.newValue).filter((k) => knownText(k) === undefined) : [];
        if (missing.length === 0 && pending === 0) {
          listener(e);
          return;
        }
        pending += 1;
        chain = chain.then(async () => {
          if (missing.length > 0) await shelf.fetch(missing);
          pending -= 1;
          listener(e);
        });
      };
      wrapped.set(listener, relay);
      win.addEventListener(type, relay);
    },
    removeEventListener(type, listener) {
      const relay = wrapped.get(listener);
      if (relay) win.removeEventListener(type, relay);
      wrapped.delete(listener);
    },
  };
}
