import { WORD_FREQUENCY_DATA } from '../lexicon/word-frequency-data.ts';

/**
 * How common a term is in English at large (SUBTLEX-US), so that rarity does not have to be guessed
 * from the two articles compared: "taxpayer" is rare evidence even when both articles repeat it.
 */
export type Background = ReadonlyMap<string, number>;

let cached: Background | null = null;

/** Zipf values (log10 of uses per billion words) per stem, parsed once. */
export function background(): Background {
  if (cached !== null) return cached;
  const zipf = new Map<string, number>();
  for (const line of WORD_FREQUENCY_DATA.split('\n')) {
    const space = line.indexOf(' ');
    const z = Number(line.slice(0, space)) / 10;
    for (const s of line.slice(space + 1).split(' ')) zipf.set(s, z);
  }
  cached = zipf;
  return zipf;
}

// SIF weighting (Arora, Liang and Ma 2017): a / (a + p(w)), p the word's share of running text.
const SIF_A = 1e-4;

/** Weight in (0, 1] of a term with the given Zipf value; words never seen weigh 1. */
export function sifWeight(zipf: number | undefined): number {
  if (zipf === undefined) return 1;
  const p = 10 ** (zipf - 9);
  return SIF_A / (SIF_A + p);
}
