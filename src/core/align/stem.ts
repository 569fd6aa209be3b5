import { IRREGULAR } from './lexicon.ts';

/**
 * A light English stemmer: plural, past and -ing endings, final e, and British/American spelling.
 * It only needs to be consistent (both sides of a comparison go through it), not linguistically right.
 */

const VOWELS = 'aeiouy';

function hasVowel(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (VOWELS.includes(s[k] as string)) return true;
  return false;
}

function undouble(s: string): string {
  const n = s.length;
  if (n < 4) return s;
  const c = s[n - 1] as string;
  if (c !== s[n - 2] || VOWELS.includes(c) || c === 's') return s;
  // "fall", "call" keep their double l; "travell" loses it.
  if (c === 'l' && n <= 5) return s;
  return s.slice(0, -1);
}

function stripInflection(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('zzes')) {
    return w.slice(0, -2);
  }
  if (w.endsWith('eed') && n > 4) return w.slice(0, -1);
  if (w.endsWith('ed')) {
    const s = w.slice(0, -2);
    return s.length >= 3 && hasVowel(s) ? undouble(s) : w;
  }
  if (w.endsWith('ing')) {
    const s = w.slice(0, -3);
    return s.length >= 3 && hasVowel(s) ? undouble(s) : w;
  }
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    return w.slice(0, -1);
  }
  return w;
}

function foldSpelling(s: string): string {
  let w = s;
  const n = w.length;
  if (n > 5) {
    const k = w.lastIndexOf('our');
    if (k > 0) w = `${w.slice(0, k)}or${w.slice(k + 3)}`;
  }
  if (w.endsWith('mme')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length >= 6 && w.endsWith('is')) w = `${w.slice(0, -1)}z`;
  if (w.length >= 5 && w.endsWith('ys')) w = `${w.slice(0, -1)}z`;
  if (w.length > 4 && w.endsWith('tr')) w = `${w.slice(0, -1)}er`;
  return w;
}

/** The stem of a lowercased word (numbers and short words pass through). */
export function stem(word: string): string {
  const base = IRREGULAR.get(word);
  if (base !== undefined) return foldSpelling(base);
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return word;
  return foldSpelling(stripInflection(word));
}
