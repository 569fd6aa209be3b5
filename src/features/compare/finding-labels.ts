import type { Finding, Place } from '../../core/compare/findings.ts';

/** Longer wordings are cut, as in the explanations: the sidebar is narrow. */
const WORDING_MAX = 80;

/** A version's wording on one line, in quotes, cut to WORDING_MAX characters. */
export function wording(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '(nothing)';
  return `“${t.length > WORDING_MAX ? `${t.slice(0, WORDING_MAX - 1)}…` : t}”`;
}

/** A paragraph by its article's letter: "B ¶12". */
export function placeLabel(letters: ReadonlyMap<string, string>, p: Place): string {
  return `${letters.get(p.article) ?? p.article} ¶${p.paragraph + 1}`;
}

/** Each version with the paragraphs carrying it: "“2016”: A ¶3 · “2017”: B ¶5, C ¶4". */
export function versionsLine(f: Finding, letters: ReadonlyMap<string, string>): string {
  return f.versions
    .map((v) => `${wording(v.text)}: ${v.places.map((p) => placeLabel(letters, p)).join(', ')}`)
    .join(' · ');
}
