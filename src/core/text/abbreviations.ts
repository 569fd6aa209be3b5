/**
 * Small English word lists the sentence splitter consults at a period. Words are compared lowercased
 * and without the final period; a list stays short on purpose, since patterns (initials, U.S.-style
 * acronyms) cover the long tail.
 */

/** How a period after a word bears on a sentence break. */
export type AbbreviationKind = 'title' | 'fixed' | 'numeric' | 'time' | 'ambiguous';

const words = (list: string) => new Set(list.split(' '));

// Titles go before a name, so the period never ends the sentence: "Mr. Smith", "Mt. Fuji".
const TITLES = words(
  'mr mrs ms messrs mme mlle dr prof gen sen sens gov rep reps lt col capt cmdr sgt cpl pvt maj adm brig rev hon pres supt insp mt fr atty',
);
// Written mid-sentence only.
const FIXED = words('e.g i.e cf viz');
// Before a number they are not an end: "No. 5", "p. 55", "Jan. 6", "N°. 1026".
const NUMERIC = words(
  'no nos nr n° p pp vol fig ca c approx jan feb mar apr jun jul aug sep sept oct nov dec',
);
const TIME = words('a.m p.m');
// These often close a sentence too: "... and Co. It closed", "the U.S. How about you?"
const AMBIGUOUS = words(
  'co corp inc ltd llc plc jr sr bros etc vs v st ave blvd rd dept univ assn est govt ft',
);
// A.M., U.S., U.S.A., E.U., Ph.D.: letters joined by periods.
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;

// Words that commonly open an English sentence; after an ambiguous abbreviation they tip it to a break.
const STARTERS = words(
  'a an the this that these those there here it its he she they we i you his her their our my your ' +
    'but and or so yet however meanwhile then now also still instead if when while after before since ' +
    'although though because as in on at for from by with under over what who how why where which ' +
    'did do does is are was were can could will would should has have had not no yes many some most ' +
    'all both each every one two last earlier later today yesterday',
);

// Words a wrapped line can end on while its sentence goes on below.
const CONTINUATIONS = words(
  'a an the of to in on at for with by from and or but nor as that than into onto over under about after before between',
);

/** Classifies the word before a period (no trailing period, any case), or null for an ordinary word. */
export function abbreviationKind(word: string): AbbreviationKind | null {
  const w = word.toLowerCase();
  if (TITLES.has(w)) return 'title';
  if (FIXED.has(w)) return 'fixed';
  if (TIME.has(w)) return 'time';
  if (NUMERIC.has(w)) return 'numeric';
  if (AMBIGUOUS.has(w) || INITIAL.test(word) || DOTTED.test(word)) return 'ambiguous';
  return null;
}

/** True when the word (any case, no punctuation) commonly opens a sentence. */
export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

/** True when a line ending on this word is likely to continue on the next line. */
export function isContinuationWord(word: string): boolean {
  return CONTINUATIONS.has(word.toLowerCase());
}

/** True for a sentence-opening preposition that a time like "5 a.m." can follow ("At 5 a.m. Mr. Smith ..."). */
export function opensTimePhrase(word: string): boolean {
  return /^(?:at|by|before|after|until|till|from|since|around|about|shortly|just|early|late)$/i.test(
    word,
  );
}
