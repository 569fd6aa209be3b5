import type { StateCreator } from 'zustand';
import type { SavedState } from './types.ts';

/** What went wrong with the browser's storage, if anything. */
export type StorageFault =
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  | { kind: 'corrupt'; backupKey: string | null }
  | { kind: 'newer'; version: number; backupKey: string | null };

/** State that lives only in memory: never saved. */
export interface SessionState {
  fault: StorageFault | null;
  /** The last deleted review, kept so its deletion can be undone. */
  lastDeleted: { review: SavedState['reviews'][string]; position: number } | null;
}

/** The store's whole state type, saved part and session part, with all slices' actions. */
export type StoreState = SavedState & SessionState & ReviewActions & ClaimActions & SettingsActions;

/** A slice creator over the whole store. */
export type Slice<T> = StateCreator<StoreState, [['zustand/persist', unknown]], [], T>;

/** Review and article actions. */
export interface ReviewActions {
  setActiveReview(id: string): void;
  createReview(name: string): string;
  renameReview(id: string, name: string): void;
  duplicateReview(id: string): string;
  deleteReview(id: string): void;
  undoDeleteReview(): void;
  setView(patch: Partial<SavedState['reviews'][string]['view']>): void;
}

/** Claim actions (filled in by the claims slice). */
export interface ClaimActions {
  dummyClaimAction?: never;
}

/** Display settings actions. */
export interface SettingsActions {
  setDiff(patch: Partial<SavedState['diff']>): void;
  setFault(fault: StorageFault | null): void;
}
