import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newId } from './ids.ts';
import { migrate, SAVED_VERSION } from './migrations.ts';
import { createReviewsSlice } from './reviews-slice.ts';
import { createSafeStorage } from './safe-storage.ts';
import { validateSavedState } from './schema.ts';
import { seedReview } from './seed-review.ts';
import type { StorageFault, StoreState } from './state.ts';
import type { SavedState } from './types.ts';

export type { StoreState, StorageFault } from './state.ts';
export type * from './types.ts';

/** localStorage key of the saved work. */
export const STORAGE_KEY = 'crosscheck:v1';

/** The state a new user starts from: one review on the seed articles. */
export function initialSavedState(now = Date.now()): SavedState {
  const review = seedReview(newId('review'), now);
  return {
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
    diff: {
      ignoreCase: false,
      ignorePunctuation: true,
      onlyChanged: false,
      onlyUnique: false,
      hideBoilerplate: false,
    },
  };
}

/** Picks the part of the state that is saved: the reviewer's work and settings. */
export function savedPart(s: StoreState): SavedState {
  return {
    reviews: s.reviews,
    reviewOrder: s.reviewOrder,
    activeReviewId: s.activeReviewId,
    diff: s.diff,
  };
}

/** Options for a store instance (tests pass a fake storage). */
export interface StoreOptions {
  getStorage?: () => Storage;
  key?: string;
}

/** Creates a store: one zustand store of slices, persisted once with a fault-tolerant storage. */
export function createCrosscheckStore(options: StoreOptions = {}): StoreApi<StoreState> {
  let reportFault: (fault: StorageFault | null) => void = () => {};
  const storage = createSafeStorage<SavedState>({
    version: SAVED_VERSION,
    getStorage: options.getStorage ?? (() => window.localStorage),
    onFault: (fault) => reportFault(fault),
    upgrade: (state, version) => validateSavedState(migrate(state, version)),
  });
  const store = createStore<StoreState>()(
    persist(
      (set, get, api) => ({
        ...initialSavedState(),
        fault: null,
        lastDeleted: null,
        ...createReviewsSlice(set, get, api),
        setDiff: (patch) => set((s) => ({ diff: { ...s.diff, ...patch } })),
        setFault: (fault) => set({ fault }),
      }),
      {
        name: options.key ?? STORAGE_KEY,
        version: SAVED_VERSION,
        storage,
        partialize: savedPart,
        migrate: (state, version) => migrate(state, version) as SavedState,
      },
    ),
  );
  reportFault = (fault) => store.setState({ fault });
  return store;
}

let appStore: StoreApi<StoreState> | null = null;

/** The app's store, created on first use. */
export function getAppStore(): StoreApi<StoreState> {
  appStore ??= createCrosscheckStore();
  return appStore;
}

/** Reads from the app store with a selector. */
export function useAppStore<T>(selector: (s: StoreState) => T): T {
  return useStore(getAppStore(), selector);
}
