import { temporal, type TemporalState } from 'zundo';
import { useStore, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { backupJson } from './backup.ts';
import { createClaimsSlice } from './claims-slice.ts';
import { claimPatches, temporalOptions, type Tracked } from './history.ts';
import { SAVED_VERSION, upgradeSaved } from './migrations.ts';
import { createPublishingSlice } from './publishing-slice.ts';
import { createReviewsSlice } from './reviews-slice.ts';
import { createSafeStorage } from './safe-storage.ts';
import { createTriageSlice } from './triage-slice.ts';
import { initialSavedState, savedPart, STORAGE_KEY } from './saved.ts';
import { connectTabSync } from './tab-sync.ts';
import { createTextShelf, withSharedTexts, type TextShelf } from './text-shelf.ts';
import { packTexts, referencedKeys } from './texts.ts';
import type { StorageFault, StoreState } from './state.ts';
import type { SavedState } from './types.ts';

export type {
  ClaimActions,
  ReanchorCounts,
  ReviewActions,
  StoreState,
  StorageFault,
  TextSpan,
  TriageActions,
} from './state.ts';
export type * from './types.ts';
export { initialSavedState, savedPart, STORAGE_KEY } from './saved.ts';
export { connectTabSync, type TabWindow } from './tab-sync.ts';
export * from './selectors.ts';
export { publishingFor, type ClaimPublishing, type PublishingActions } from './publishing-slice.ts';

/** Hooks the tab sync and backup use to reach the store's storage without going through persist. */
export interface StoreSync {
  key: string;
  /** The Storage in use, or null when the browser blocks it. */
  storage(): Storage | null;
  /** Replaces the saved part with a merged state; writes it only when writeBack is set. Not an undo step. */
  applyRemote(state: SavedState, writeBack: boolean): void;
  /** Stops writes and reports why (another tab saved a newer version). */
  block(fault: StorageFault): void;
}

/** The store with its persist API, its undo history (`temporal`) and the sync hooks. */
export type CrosscheckStore = Mutate<
  StoreApi<StoreState>,
  [['zustand/persist', SavedState], ['temporal', StoreApi<TemporalState<Tracked>>]]
> & { sync: StoreSync };

/** Options for a store instance (tests pass a fake storage). */
export interface StoreOptions {
  getStorage?: () => Storage;
  key?: string;
  /** Where article texts are kept; without one they stay in the main payload (as in most tests). */
  texts?: TextShelf | null;
}

type Slices = StateCreator<
  StoreState,
  [['zustand/persist', unknown], ['temporal', StoreApi<TemporalState<Tracked>>]],
  []
>;

const slices: Slices = (set, get, api) => ({
  ...initialSavedState(),
  fault: null,
  lastDeleted: null,
  ...createReviewsSlice(set, get, api),
  ...createClaimsSlice(set, get, api),
  ...createTriageSlice(set, get, api),
  ...createPublishingSlice(set, get, api),
  setDiff: (patch) => set((s) => ({ diff: { ...s.diff, ...patch } })),
  setFault: (fault) => set({ fault }),
});

const changedArticles = (a: SavedState, b: SavedState) =>
  Object.values(b.reviews).some((r) => {
    const old = a.reviews[r.id]?.articles;
    return (
      !old ||
      old.length !== r.articles.length ||
      r.articles.some((x, i) => old[i]?.id !== x.id || old[i]?.addedAt !== x.addedAt)
    );
  });

/**
 * Creates a store: slices under zundo (claims only, as patches) under persist (outermost, so undo
 * and redo are saved too), with a fault-tolerant storage. Faults are set without saving, so a full
 * disk cannot loop.
 */
export function createCrosscheckStore(options: StoreOptions = {}): CrosscheckStore {
  const key = options.key ?? STORAGE_KEY;
  const getStorage = options.getStorage ?? (() => window.localStorage);
  let quietSet: (partial: Partial<StoreState>) => void = () => {};
  let created = false;
  let pending: StorageFault | null | undefined;
  const reportFault = (fault: StorageFault | null) => {
    if (created) quietSet({ fault });
    else pending = fault;
  };
  const shelf = options.texts ?? null;
  let loaded = false;
  const storage = createSafeStorage<SavedState>({
    version: SAVED_VERSION,
    getStorage,
    onFault: reportFault,
    upgrade: (state, version) => {
      const up = upgradeSaved(state, version);
      loaded = up !== null;
      return up;
    },
    // Texts go to the shelf first; the payload that names them is written once they are in.
    pack: (state) => {
      const { payload, loose } = packTexts(state, (k) => shelf?.holds(k) ?? false);
      return { payload, wait: shelf?.usable && loose.size > 0 ? shelf.put(loose) : null };
    },
  });
  const withHistory = claimPatches(
    temporal(slices as never, temporalOptions),
  ) as unknown as StateCreator<StoreState, [], []>;
  const store = createStore<StoreState>()((set, get, api) => {
    quietSet = (partial) => set(partial);
    return persist(withHistory, {
      name: key,
      version: SAVED_VERSION,
      storage,
      partialize: savedPart,
      migrate: (state, version) => upgradeSaved(state, version) as SavedState,
    })(set, get, api as never);
  }) as unknown as CrosscheckStore;
  created = true;
  if (pending !== undefined) quietSet({ fault: pending });
  if (shelf) {
    const textFault = () => {
      if (!store.getState().fault) quietSet({ fault: { kind: 'text-database' } });
    };
    shelf.onFail = textFault;
    if (!shelf.usable) textFault();
    // A save that still holds texts (an older version, or written while the database was away)
    // hands them to the database now rather than at the next change.
    const now = savedPart(store.getState());
    if (loaded && shelf.usable && packTexts(now, shelf.holds).loose.size > 0)
      storage.setItem(key, { state: now, version: SAVED_VERSION });
  }
  store.sync = {
    key,
    storage: () => {
      try {
        return getStorage();
      } catch {
        return null;
      }
    },
    applyRemote: (state, writeBack) => {
      const history = store.temporal.getState();
      const before = savedPart(store.getState());
      history.pause();
      if (writeBack) store.setState(state);
      else quietSet(state);
      history.resume();
      if (changedArticles(before, state)) history.clear();
    },
    block: (fault) => {
      storage.block();
      quietSet({ fault });
    },
  };
  return store;
}

let appStore: CrosscheckStore | null = null;

let appShelf: TextShelf | null = null;
/** The app's article texts in IndexedDB. */
function getAppShelf(): TextShelf {
  appShelf ??= createTextShelf();
  return appShelf;
}

/**
 * Brings the saved work into the page before the store is created: localStorage in a task of its
 * own (a page's first use loads all of it at once), then the article texts the save names, read
 * from IndexedDB. Never rejects: what could not be read is reported when the store is created.
 */
export async function loadStorage(): Promise<void> {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Blocked storage: the store reports it when it is created.
  }
  await getAppShelf().fetch(referencedKeys(raw));
}

/** The app's store, created on first use and kept in step with other tabs. */
export function getAppStore(): CrosscheckStore {
  if (!appStore) {
    const texts = getAppShelf();
    appStore = createCrosscheckStore({ texts });
    if (typeof window !== 'undefined')
      connectTabSync(appStore, STORAGE_KEY, withSharedTexts(window as never, STORAGE_KEY, texts));
  }
  return appStore;
}

/** JSON of the saved work and any backups, for the UI's download button. */
export function downloadableBackup(store: CrosscheckStore = getAppStore()): string {
  return backupJson(store);
}

/** Reads from the app store with a selector. */
export function useAppStore<T>(selector: (s: StoreState) => T): T {
  return useStore(getAppStore(), selector);
}

/** Whether undo and redo have anything to do, for enabling buttons. */
export function useUndoState(): { canUndo: boolean; canRedo: boolean } {
  return useStore(
    getAppStore().temporal,
    useShallow((s) => ({ canUndo: s.pastStates.length > 0, canRedo: s.futureStates.length > 0 })),
  );
}
