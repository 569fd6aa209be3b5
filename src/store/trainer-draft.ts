/**
 * The exercise a trainer is making, kept per review as it is typed (beside the trainee's answers,
 * see drafts.ts), so leaving the Teach view or reloading loses none of it. Read only by the Teach
 * view, so it stays out of the start-up bundle.
 */
import * as v from 'valibot';
import type { FindingQuestionInput } from '../core/formats/finding-questions.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../core/formats/types.ts';
import { readJson, writeRaw } from './drafts.ts';

/** Key of the trainers' exercise drafts, by review id. */
export const TRAINER_KEY = 'crosscheck:trainer-drafts';

/** A chosen claim: its quote (to name it should it go), the expected mark and the explanation. */
export interface ChosenClaim {
  quote: string;
  status: ClaimStatus;
  explanation: string;
}

/** The exercise being made from one review. */
export interface TrainerDraft {
  title: string;
  /** Chosen claims by claim id, in the order chosen. */
  claims: Record<string, ChosenClaim>;
  /** Chosen findings by finding key: the finding as it was chosen, the question and the answer. */
  findings: Record<string, FindingQuestionInput>;
}

/** How many reviews' drafts are kept; the least recently written go first. */
const MAX_REVIEWS = 20;

const text = v.pipe(v.string(), v.maxLength(20_000));
const placeSchema = v.nullable(
  v.variant('kind', [
    v.object({ kind: v.literal('headline') }),
    v.object({ kind: v.literal('paragraph'), n: v.pipe(v.number(), v.integer()) }),
    v.object({ kind: v.literal('furniture'), n: v.pipe(v.number(), v.integer()) }),
  ]),
);
const findingSchema = v.object({
  key: v.string(),
  type: v.string(),
  versions: v.array(
    v.object({
      text,
      places: v.array(
        v.object({
          article: v.string(),
          paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
          place: placeSchema,
          sentence: text,
        }),
      ),
    }),
  ),
});
const draftSchema = v.object({
  title: text,
  claims: v.record(
    v.string(),
    v.object({ quote: text, status: v.picklist(CLAIM_STATUSES), explanation: text }),
  ),
  findings: v.record(
    v.string(),
    v.object({
      finding: findingSchema,
      question: text,
      expected: v.object({
        choice: v.nullable(
          v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.literal('neither')]),
        ),
        explanation: text,
      }),
    }),
  ),
});
const storeSchema = v.record(v.string(), draftSchema);

/** An exercise with nothing in it yet. */
export const EMPTY_DRAFT: TrainerDraft = { title: '', claims: {}, findings: {} };

const isEmpty = (d: TrainerDraft) =>
  d.title === '' && Object.keys(d.claims).length === 0 && Object.keys(d.findings).length === 0;

const allDrafts = () => readJson(TRAINER_KEY, storeSchema) ?? {};

/** The exercise kept for a review, checked as it is read; empty when none is kept or it is damaged. */
export function readTrainerDraft(reviewId: string): TrainerDraft {
  const all = allDrafts();
  return Object.hasOwn(all, reviewId) ? (all[reviewId] ?? EMPTY_DRAFT) : EMPTY_DRAFT;
}

/** Keeps the exercise being made from a review; an empty one is forgotten. */
export function writeTrainerDraft(reviewId: string, draft: TrainerDraft): void {
  const all = allDrafts();
  if (isEmpty(draft) && !Object.hasOwn(all, reviewId)) return;
  delete all[reviewId];
  const kept: [string, TrainerDraft][] = Object.entries(all).slice(-(MAX_REVIEWS - 1));
  if (!isEmpty(draft)) kept.push([reviewId, draft]);
  writeRaw(TRAINER_KEY, kept.length > 0 ? JSON.stringify(Object.fromEntries(kept)) : null);
}
