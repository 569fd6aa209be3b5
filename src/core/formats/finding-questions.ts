/** Questions about a finding in an exercise: made from the comparison, checked, labelled. */
import type {
  Exercise,
  ExerciseFinding,
  FindingChoice,
  ExpectedFinding,
} from './exercise-schema.ts';
import type { ParagraphPlace } from './paragraphs.ts';
import { summarize } from './text-utils.ts';

/** A paragraph carrying a finding's version, as the comparison model places it. */
export interface FindingSourcePlace {
  article: string;
  paragraph: number;
  place: ParagraphPlace | null;
  sentence: string;
}

/** A finding as the comparison model reports it (a ReportFinding will do). */
export interface FindingSource {
  /** Its findingKey: the same difference always has the same one. */
  key: string;
  type: string;
  versions: readonly { text: string; places: readonly FindingSourcePlace[] }[];
}

/** A finding the trainer asks about, with the question and the expected answer (choice null: not set yet). */
export interface FindingQuestionInput {
  finding: FindingSource;
  question: string;
  expected: { choice: FindingChoice | null; explanation: string };
}

const WHAT: Record<string, string> = {
  number: 'this figure',
  date: 'this date',
  name: 'this name',
  place: 'this place',
  quote: 'this quote',
  attribution: 'who said it',
  meaning: 'this statement',
};

/** The question a finding of this type starts with: "Which version of this figure is right, and why?". */
export function defaultQuestion(type: string): string {
  if (type === 'omission')
    return 'Which version is right: with this detail or without it, and why?';
  return `Which version of ${WHAT[type] ?? 'this detail'} is right, and why?`;
}

/** The label of the "neither" answer, everywhere it is shown. */
export const NEITHER_LABEL = 'Neither / cannot tell from the sources';

/** A version's wording on one line, in quotes, cut at a word boundary: “40 people”. */
export function wordingOf(text: string, max = 80): string {
  const t = summarize(text, max).text;
  return t === '' ? '(nothing)' : `“${t}”`;
}

/** An answer in words: "Version 2: “45”", or "Version 2" when the finding is not at hand. */
export function choiceLabel(choice: FindingChoice, finding: ExerciseFinding | null): string {
  if (choice === 'neither') return NEITHER_LABEL;
  const version = finding?.versions[choice];
  if (finding && !version) return `Version ${choice + 1} (not in the exercise)`;
  return version
    ? `Version ${choice + 1}: ${wordingOf(version.text, 60)}`
    : `Version ${choice + 1}`;
}

/** True when the choice names a version the finding has, or neither. */
export const validChoice = (choice: FindingChoice | null, versions: number): boolean =>
  choice === 'neither' || (typeof choice === 'number' && choice >= 0 && choice < versions);

/** A short hex digest (two FNV-1a passes), stable across runs and machines. */
export function stableHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The exercise's finding questions and their key answers, in the order given. Throws when a finding
 * is chosen twice, has fewer than two versions, or has no valid expected answer: the trainer's to fix.
 */
export function findingQuestions(inputs: readonly FindingQuestionInput[]): {
  findings: ExerciseFinding[];
  answers: Record<string, ExpectedFinding>;
} {
  const answers: Record<string, ExpectedFinding> = {};
  const findings = inputs.map(({ finding, question, expected }, k): ExerciseFinding => {
    const id = `finding-${stableHash(finding.key)}`;
    const name = `finding ${k + 1} (${finding.versions.map((v) => wordingOf(v.text, 30)).join(' or ')})`;
    if (Object.hasOwn(answers, id))
      throw new Error('Each finding can appear only once in an exercise.');
    if (finding.versions.length < 2) throw new Error(`The ${name} has only one version.`);
    if (!validChoice(expected.choice, finding.versions.length) || expected.choice === null)
      throw new Error(`Give the expected answer for the ${name}.`);
    answers[id] = { choice: expected.choice, explanation: expected.explanation };
    return {
      id,
      type: finding.type,
      question: question.trim() || defaultQuestion(finding.type),
      versions: finding.versions.map((v) => ({
        text: v.text,
        places: v.places.map((p) => ({
          articleId: p.article,
          paragraph: p.paragraph,
          place: p.place,
          sentence: p.sentence,
        })),
      })),
    };
  });
  return { findings, answers };
}

/** What is wrong with an exercise's finding questions, as a sentence; null when nothing is. */
export function findingProblem(exercise: Exercise, noun: string): string | null {
  const articles = new Set(exercise.articles.map((a) => a.id));
  const seen = new Set<string>();
  for (const [i, f] of exercise.findings.entries()) {
    const where = `The ${noun} is damaged: finding ${i + 1} ("${f.id}")`;
    if (seen.has(f.id)) return `${where} appears twice.`;
    seen.add(f.id);
    if (f.versions.some((v) => v.places.some((p) => !articles.has(p.articleId))))
      return `${where} is on an article the file does not include.`;
  }
  return null;
}
