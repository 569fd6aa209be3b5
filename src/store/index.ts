import { temporal, type TemporalState } from 'zundo';
import { useStore, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { backupJson } from './backup.ts';
import { createClaimsSlice } from './claims-slice.ts';
import { claimPatches, temporalOptions, type Tracked } from './history.ts';
import { SAVED_VERSION, upgradeSaved } from './migrations.ts';
import { createReviewsSlice } from './reviews-slice.ts';
import { createSafeStorage } from './safe-storage.ts';
import { initialSavedState, savedPart, STORAGE_KEY } from './saved.ts';
import { connectTabSync } from './tab-sync.ts';
import type { StorageFault, StoreState } from './state.ts';
import type { SavedState } from './types.ts';

export type {
  ClaimActions,
  ReanchorCounts,
  ReviewActions,
  StoreState,
  StorageFault,
  TextSpan,
} from './state.ts';
export type * from './types.ts';
export { initialSavedState, savedPart, STORAGE_KEY } from './saved.ts';
export { connectTabSync, type TabWindow } from './tab-sync.ts';
export * from './selectors.ts';

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
  const storage = createSafeStorage<SavedState>({
    version: SAVED_VERSION,
    getStorage,
    onFault: reportFault,
    upgrade: upgradeSaved,
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

/**
 * Brings the saved work into the page without reading it. A page's first use of localStorage
 * loads all of it at once (some 30 ms for a 3.4 MB review in Chromium); done in a task of its own,
 * that wait is not added to parsing and checking the payload when the store is created.
 */
export function loadStorage(): void {
  try {
    void window.localStorage.length;
  } catch {
    // Blocked storage: the store reports it when it is created.
  }
}

/** The app's store, created on first use and kept in step with other tabs. */
export function getAppStore(): CrosscheckStore {
  if (!appStore) {
    appStore = createCrosscheckStore();
    if (typeof window !== 'undefined') connectTabSync(appStore);
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
