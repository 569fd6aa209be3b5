import { mergeSaved, sameSharedWork } from '../core/claims/index.ts';
import type { CrosscheckStore } from './index.ts';
import { SAVED_VERSION, upgradeSaved } from './migrations.ts';
import { readPayload } from './safe-storage.ts';
import { savedPart } from './saved.ts';

/** The part of a storage event tab sync reads. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

/** The part of window tab sync needs (tests pass a fake). */
export interface TabWindow {
  addEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
}

/**
 * Keeps the store in step with other tabs: when another tab saves under key, its payload is checked
 * and migrated like a load, merged with this tab's work (mergeSaved), and applied. The merge is
 * written back only when it holds work the other tab lacks, so two tabs settle instead of echoing.
 * A payload from a newer build stops this tab's writes. Returns a function that disconnects.
 */
export function connectTabSync(
  store: CrosscheckStore,
  key: string = store.sync.key,
  win: TabWindow = window as unknown as TabWindow,
): () => void {
  const onStorage = (e: StorageEventLike) => {
    if (e.key !== key || e.newValue === null) return;
    const read = readPayload(e.newValue, SAVED_VERSION, upgradeSaved);
    if (read.kind === 'newer') {
      store.sync.block({ kind: 'newer', version: read.version, backupKey: null });
      return;
    }
    // Unusable data from another tab is ignored: this tab's next save replaces it with good data.
    if (read.kind === 'corrupt') return;
    const local = savedPart(store.getState());
    const merged = mergeSaved(local, read.state);
    const writeBack = !sameSharedWork(merged, read.state);
    const changed =
      !sameSharedWork(merged, local) || merged.activeReviewId !== local.activeReviewId;
    if (changed || writeBack) store.sync.applyRemote(merged, writeBack);
  };
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}
