export * from './types.ts';
export { reviewSchema, articleSchema, claimSchema, anchorSchema } from './review-schema.ts';
export { MAX_FILE_CHARS } from './read.ts';
export { exportReviewJson, parseReviewJson, REVIEW_FORMAT, REVIEW_VERSION } from './review-json.ts';
export { BOM, claimsCsv, CLAIM_COLUMNS, EVIDENCE_SEPARATOR } from './claims-csv.ts';
export { markdownReport, STATUS_LABELS } from './markdown-report.ts';
export {
  exportedStatus,
  IN_DISAGREEMENT,
  reviewerLabels,
  type ReviewerEntry,
  type TeamClaim,
  type TeamExport,
  type TeamOptions,
} from './team-export.ts';
export {
  articleLetter,
  comparisonModel,
  comparisonBase,
  columnOrder,
  type ComparisonModel,
  type ReportFinding,
} from './comparison-model.ts';
export { comparisonMarkdown, leftOutText, percent, placeText } from './comparison-report.ts';
export { changeListCsv, CHANGE_COLUMNS } from './change-list.ts';
export {
  claimReviewJsonLd,
  claimReviewMarkupPage,
  claimantOf,
  publishedReviews,
  summaryOf,
  CLAIM_REVIEWED_MAX,
  DEFAULT_SCALE,
  checkPublishing,
  defaultPublishing,
  reviewAnchor,
  type ClaimReviewOptions,
  type PublishedReview,
} from './claim-review.ts';
export {
  annotationCollection,
  webAnnotations,
  ANNO_CONTEXT,
  type Agent,
  type AnnotationBody,
  type AnnotationCollection,
  type WebAnnotation,
} from './web-annotation.ts';
export {
  EXERCISE_FORMAT,
  KEY_FORMAT,
  RESULT_FORMAT,
  TRAINER_VERSION,
  type AnswerKey,
  type Exercise,
  type ExerciseClaim,
  type ExerciseFinding,
  type ExerciseFindingVersion,
  type ExpectedAnswer,
  type ExpectedFinding,
  type FindingChoice,
  type TraineeAnswer,
  type TraineeFinding,
  type TraineeResult,
} from './exercise-schema.ts';
export { makeExercise, parseExercise, parseKey, type ExerciseOptions } from './exercise.ts';
export {
  choiceLabel,
  defaultQuestion,
  NEITHER_LABEL,
  validChoice,
  wordingOf,
  type FindingQuestionInput,
  type FindingSource,
} from './finding-questions.ts';
export {
  EXPLAIN_MESSAGE,
  parseResult,
  scoreResult,
  validateFindingAnswers,
  validateTraineeAnswers,
  type AnswerProblem,
  type ClaimScore,
  type DraftAnswer,
  type DraftFindingAnswer,
  type FindingProblem,
  type FindingScore,
  type Score,
} from './scoring.ts';
export {
  classClaims,
  classCsv,
  classFindings,
  claimHeading,
  findingHeading,
  splitDuplicates,
  type ClassAnswer,
  type ClassClaim,
  type ClassFinding,
  type ClassFindingAnswer,
  type DuplicateResult,
  type OpenedResult,
} from './class-results.ts';
