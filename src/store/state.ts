import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { Tracked } from './history.ts';
import type { PublishingActions } from './publishing-slice.ts';
import type { ArticleRecord, ClaimStatus, Review, SavedState, TriageStatus } from './types.ts';

/** What went wrong with the browser's storage, if anything. */
export type StorageFault =
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  | { kind: 'corrupt'; backupKey: string | null }
  | { kind: 'newer'; version: number; backupKey: string | null }
  /** IndexedDB cannot be used: article texts are saved in the main storage, where big ones may not fit. */
  | { kind: 'text-database' }
  /** The saved work names article texts the database does not give back: kept untouched, not loaded. */
  | { kind: 'texts-missing'; count: number; backupKey: string | null };

/** State that lives only in memory: never saved. */
export interface SessionState {
  /** Set when saving fails or the saved data could not be used; null when all is well. */
  fault: StorageFault | null;
  /** The last deleted review, kept so its deletion can be undone. */
  lastDeleted: { review: SavedState['reviews'][string]; position: number } | null;
}

/** The store's whole state type, saved part and session part, with all slices' actions. */
export type StoreState = SavedState &
  SessionState &
  ReviewActions &
  ClaimActions &
  TriageActions &
  PublishingActions &
  SettingsActions;

/** A slice creator over the whole store. */
export type Slice<T> = StateCreator<
  StoreState,
  [['zustand/persist', unknown], ['temporal', StoreApi<TemporalState<Tracked>>]],
  [],
  T
>;

/** A span of an article's current text. */
export interface TextSpan {
  articleId: string;
  start: number;
  end: number;
}

/**
 * How many claims of an article landed in each anchor state after its text changed; `changed`
 * counts the verdicts that now stand on changed text (flagged until the reviewer confirms them).
 */
export type ReanchorCounts = Record<'exact' | 'moved' | 'fuzzy' | 'orphaned' | 'changed', number>;

/** Review and article actions. */
export interface ReviewActions {
  setActiveReview(id: string): void;
  createReview(name: string): string;
  renameReview(id: string, name: string): void;
  duplicateReview(id: string): string;
  /** Adds a validated review (e.g. read from a file) under a fresh id, never overwriting one, and opens it; returns its id. */
  importReview(review: Review): string;
  deleteReview(id: string): void;
  undoDeleteReview(): void;
  setView(patch: Partial<SavedState['reviews'][string]['view']>): void;
}

/**
 * Claim and article actions; all act on the active review. Marks, notes and evidence are undoable;
 * changing an article's text (replace, add, remove) starts a fresh undo history, as older steps
 * hold anchors into the old text.
 */
export interface ClaimActions {
  /** This tab's writer id: its verdicts are counted under it, and conflicts name it. */
  tabId: string;
  /** Marks a sentence (offsets from parseArticle); null clears it. Returns the claim id, or null if nothing was marked. */
  markSentence(
    articleId: string,
    start: number,
    end: number,
    status: ClaimStatus | null,
  ): string | null;
  /** Marks a span the reviewer selected as a new claim. Returns its id, or null for an empty span or unknown article. */
  markSelection(articleId: string, start: number, end: number, status: ClaimStatus): string | null;
  /** Sets or clears (null) a claim's status; a different status ends a "text changed" flag. */
  setClaimStatus(id: string, status: ClaimStatus | null): void;
  /** Confirms that a claim's verdict still holds on its changed text: clears the flag. */
  confirmVerdict(id: string): void;
  /** Sets a claim's note. */
  setNote(id: string, note: string): void;
  /** Sets a claim's evidence links; keeps the http(s) ones and returns the rejected entries. */
  setEvidence(id: string, urls: string[]): string[];
  /** Gives each target sentence the claim's status (this reviewer's own on a shared claim) and evidence (and its note where the target has none); returns their ids. */
  applyToCounterparts(id: string, targets: TextSpan[]): string[];
  /** Replaces an article's text and re-anchors its claims; none is dropped (orphans keep their old anchor). */
  replaceArticleText(articleId: string, text: string): ReanchorCounts;
  /**
   * Attaches a claim (typically an orphan) to text[start, end) of its article's current text, or of
   * another article of the review (for a claim whose article is not in it).
   */
  reattachClaim(id: string, start: number, end: number, articleId?: string): void;
  /**
   * Removes an article from the review but keeps its claims, orphaned with their quotes, so no mark
   * is lost: adding an article with the same id again re-anchors them. Returns how many were kept.
   */
  removeArticle(articleId: string): number;
  /** Adds an article (or replaces the one with its id) and re-anchors that article's claims. */
  addArticle(record: ArticleRecord): ReanchorCounts;
  /** Edits an article's title, outlet, date or URL; its text, claims and undo history stay as they are. */
  setArticleDetails(
    articleId: string,
    details: Partial<Pick<ArticleRecord, 'title' | 'outlet' | 'date' | 'url'>>,
  ): void;
  /** Undoes the last change to marks, notes or evidence (Ctrl+Z). */
  undo(): void;
  /** Redoes the last undone change (Ctrl+Shift+Z). */
  redo(): void;
}

/** Decisions on the compare view's findings; they act on the active review. */
export interface TriageActions {
  /** Saves a finding's status under its key (findingKey); 'open' undoes a decision. */
  setTriage(key: string, status: TriageStatus): void;
}

/** Display settings actions. */
export interface SettingsActions {
  setDiff(patch: Partial<SavedState['diff']>): void;
  setFault(fault: StorageFault | null): void;
}
