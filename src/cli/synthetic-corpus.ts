/**
 * Deterministic synthetic article sets for the benchmark, made from real seed text: a story of
 * distinct paragraphs, then copies of it with reordered, edited, merged, split, dropped and added
 * paragraphs and word substitutions, as news copies show.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for one synthetic set. */
export interface CorpusSpec {
  articles: number;
  paragraphs: number;
  seed: number;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function substitute(rand: () => number, sentence: string, rate: number, vocab: readonly string[]): string {
  return sentence
    .split(' ')
    .map((w) => (rand() < rate && /^[a-z]{4,}$/.test(w) ? pick(rand, vocab) : w))
    .join(' ');
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tan', 'sul', 'de', 'va', 'lin', 'or', 'bek', 'za', 'hu', 'ne', 'pol', 'ster'];

/** A made-up capitalised name of two to four syllables. */
function name(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 3);
  const w = Array.from({ length: n }, () => pick(rand, SYLLABLES)).join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function sentencesOf(text: string): string[] {
  return text.match(/[^.!?]+[.!?]+["'”’]?/g)?.map((s) => s.trim()) ?? [text.trim()];
}

/** Builds the article texts of one set from seed texts. */
export function syntheticCorpus(seedTexts: readonly string[], spec: CorpusSpec): string[] {
  const rand = prng(spec.seed);
  const pool = seedTexts.flatMap((t) => t.split(/\n\s*\n/).flatMap(sentencesOf)).filter((s) => s.split(' ').length >= 6);
  const vocab = [...new Set(pool.join(' ').toLowerCase().match(/[a-z]{4,}/g) ?? [])];
  // The story: distinct paragraphs of one to three seed sentences, reworded, each with its own
  // names and figures (as real paragraphs have), so that paragraphs differ as in a real story.
  const story: string[][] = [];
  for (let p = 0; p < spec.paragraphs; p++) {
    const n = 1 + Math.floor(rand() * 3);
    story.push(Array.from({ length: n }, () => `${name(rand)} ${substitute(rand, pick(rand, pool), 0.3, vocab)} ${name(rand)} said ${Math.floor(rand() * 9000) + 10}.`));
  }
  const texts: string[] = [];
  for (let a = 0; a < spec.articles; a++) {
    let paras = story.map((p) => [...p]);
    paras = paras.filter(() => rand() >= 0.08);
    for (let k = 0; k < paras.length; k++) {
      const r = rand();
      const p = paras[k] as string[];
      if (r < 0.2) paras[k] = p.map((s) => substitute(rand, s, 0.08, vocab));
      else if (r < 0.25 && k + 1 < paras.length) paras.splice(k, 2, [...p, ...(paras[k + 1] as string[])]);
      else if (r < 0.3 && p.length > 1) paras.splice(k, 1, p.slice(0, 1), p.slice(1));
      else if (r < 0.34) paras.splice(k, 0, [substitute(rand, pick(rand, pool), 0.5, vocab)]);
    }
    for (let k = 0; k < paras.length / 10; k++) {
      const from = Math.floor(rand() * paras.length);
      const to = Math.floor(rand() * paras.length);
      const [moved] = paras.splice(from, 1);
      if (moved) paras.splice(to, 0, moved);
    }
    texts.push(`Synthetic story ${spec.seed} copy ${a}\n\n${paras.map((p) => p.join(' ')).join('\n\n')}\n`);
  }
  return texts;
}
