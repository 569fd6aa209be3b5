/** How the trainer's lists name a finding, and the part of it an exercise draft keeps. */
import { wordingOf, type FindingSource, type ReportFinding } from '../../core/formats/index.ts';

const TYPE_WORDS: Record<string, string> = { attribution: 'Attribution', omission: 'Omission' };

/** A finding type as a heading word: "Number", "Attribution". */
export const typeWord = (type: string) =>
  TYPE_WORDS[type] ?? type.charAt(0).toUpperCase() + type.slice(1);

/** A version with the articles carrying it: "“23” in A, C". */
export const versionText = (v: ReportFinding['versions'][number]) =>
  `${wordingOf(v.text, 60)} in ${[...new Set(v.places.map((p) => p.letter))].join(', ')}`;

/** A finding in a line without its articles: "Number: “23” or “32”". */
export const findingLine = (f: FindingSource) =>
  `${typeWord(f.type)}: ${f.versions.map((v) => wordingOf(v.text, 60)).join(' or ')}`;

/** What an exercise needs of a finding: its key, type, and versions with their places. */
export function findingSource(f: FindingSource): FindingSource {
  return {
    key: f.key,
    type: f.type,
    versions: f.versions.map((v) => ({
      text: v.text,
      places: v.places.map((p) => ({
        article: p.article,
        paragraph: p.paragraph,
        place: p.place,
        sentence: p.sentence,
      })),
    })),
  };
}
