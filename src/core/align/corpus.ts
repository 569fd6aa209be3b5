import type { Article } from '../text/types.ts';
import { termFamilies } from './families.ts';
import { LIGHT_WORDS } from './lexicon.ts';
import { stem } from './stem.ts';
import { tokenize, type TokenCache } from './tokenize.ts';

/** Every sentence of every article as sorted term ids and word-pair ids, with term weights. */
export interface Corpus {
  /** Per sentence: article index, paragraph index, sentence index within the paragraph. */
  article: Int32Array;
  para: Int32Array;
  sent: Int32Array;
  /** 1 when the sentence's paragraph is boilerplate. */
  boiler: Uint8Array;
  /** CSR: terms of sentence s are termIds[termStart[s] .. termStart[s+1]), sorted, unique. */
  termStart: Int32Array;
  termIds: Int32Array;
  /**
   * The distinct text of each sentence: copies of a sentence (a wire story printed by many outlets)
   * share one text. The sentence matcher compares sentences at random, and reads their terms and
   * pairs per text: a fraction of the per-sentence lists, it stays in the processor's cache.
   */
  text: Int32Array;
  /** CSR per text: terms of text d are textTermIds[textTermStart[d] .. textTermStart[d+1]), as termIds. */
  textTermStart: Int32Array;
  textTermIds: Int32Array;
  /** CSR per text: its consecutive content-term pairs, sorted, unique. */
  textPairStart: Int32Array;
  textPairIds: Float64Array;
  /** Weight factor per term id (numbers, rounded numbers and light words), before rarity. */
  factor: Float64Array;
  /** 1 for a term that states a figure: a number of 10 or more, or a rounded stand-in ("~1000"). */
  figure: Uint8Array;
  /** Number of sentences that contain each term id, over all articles. */
  sentenceFreq: Int32Array;
  /** Paragraph frequency of term t within article a: df[a * termCount + t]. */
  df: Uint16Array;
  /** Sentence frequency of term t within article a: sf[a * termCount + t]. */
  sf: Uint16Array;
  /** Paragraphs (with at least one sentence) per article. */
  paraCount: Int32Array;
  /** Sentences per article. */
  sentCount: Int32Array;
  /** First sentence of each paragraph: paraStart[article][paragraph]; the last entry closes it. */
  paraStart: Int32Array[];
  termCount: number;
  /** The word each term id stands for (the first of its family in sorted order). */
  words: string[];
  /** 1 for a term written capitalised inside a sentence somewhere (a likely name). */
  name: Uint8Array;
}

const PAIR_BASE = 2 ** 26;
const LIGHT_FACTOR = 0.3;
const APPROX_FACTOR = 0.5;
const NUMBER_FACTOR = 1.2;
// Smaller numbers ("two days", "three times") are too common to identify a fact.
const MIN_FIGURE = 10;
const LIGHT = new Set([...LIGHT_WORDS].map((w) => stem(w)));

/** The values sorted ascending without repeats (the array is sorted in place; a view of it returned). */
function sortedUnique<T extends Int32Array | Float64Array>(values: T): T {
  values.sort();
  let w = 0;
  for (let r = 0; r < values.length; r++) {
    if (r === 0 || values[r] !== values[w - 1]) values[w++] = values[r] as number;
  }
  return values.subarray(0, w) as T;
}

/** Tokenises all sentences and counts term frequencies per article (weights come per article pair). */
export function buildCorpus(articles: readonly Article[]): Corpus {
  const vocab: string[] = [];
  const ids = new Map<string, number>();
  const names: number[] = [];
  const cache: TokenCache = new Map();
  // A sentence repeated across articles (a wire copy) is tokenised, numbered and sorted once: each
  // sentence refers to its distinct text's term ids.
  const bySentence = new Map<string, number>();
  const distinctTerms: number[][] = [];
  const paraStart: Int32Array[] = [];

  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = vocab.length;
      ids.set(t, id);
      vocab.push(t);
    }
    return id;
  };

  let n = 0;
  for (const a of articles) for (const p of a.paragraphs) n += p.sentences.length;
  const article = new Int32Array(n);
  const para = new Int32Array(n);
  const sent = new Int32Array(n);
  const boiler = new Uint8Array(n);
  const text = new Int32Array(n);
  let next = 0;
  for (let a = 0; a < articles.length; a++) {
    const paragraphs = (articles[a] as Article).paragraphs;
    const starts = new Int32Array(paragraphs.length + 1);
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi] as Article['paragraphs'][number];
      starts[pi] = next;
      for (let si = 0; si < p.sentences.length; si++) {
        const words = (p.sentences[si] as Article['paragraphs'][number]['sentences'][number]).text;
        let d = bySentence.get(words);
        if (d === undefined) {
          const { terms, names: nm } = tokenize(words, cache);
          d = distinctTerms.push(terms.map(idOf)) - 1;
          for (const t of nm) names.push(idOf(t));
          bySentence.set(words, d);
        }
        text[next] = d;
        article[next] = a;
        para[next] = pi;
        sent[next] = si;
        boiler[next] = p.boilerplate ? 1 : 0;
        next++;
      }
    }
    starts[paragraphs.length] = next;
    paraStart.push(starts);
  }

  // Number terms in sorted order so that every sum runs the same way whatever the article order.
  const sorted = vocab.map((_, k) => k).sort((x, y) => ((vocab[x] as string) < (vocab[y] as string) ? -1 : 1));
  const rank = new Int32Array(vocab.length);
  sorted.forEach((id, r) => (rank[id] = r));
  const sortedVocab = sorted.map((id) => vocab[id] as string);
  for (const terms of distinctTerms) for (let k = 0; k < terms.length; k++) terms[k] = rank[terms[k] as number] as number;
  const isName = new Uint8Array(vocab.length);
  for (const id of names) isName[rank[id] as number] = 1;
  const { family, count } = termFamilies(sortedVocab, isName);
  const familyWord: string[] = new Array<string>(count).fill('');
  for (let id = sortedVocab.length - 1; id >= 0; id--) familyWord[family[id] as number] = sortedVocab[id] as string;

  // Each distinct sentence's terms (by family) and consecutive term pairs, sorted and unique.
  const termLists: Int32Array[] = [];
  const pairLists: Float64Array[] = [];
  for (const ids of distinctTerms) {
    const seq = Int32Array.from(ids, (id) => family[id] as number);
    const pairs = new Float64Array(Math.max(0, seq.length - 1));
    for (let k = 1; k < seq.length; k++) pairs[k - 1] = (seq[k - 1] as number) * PAIR_BASE + (seq[k] as number);
    termLists.push(sortedUnique(seq));
    pairLists.push(sortedUnique(pairs));
  }
  const termStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) termStart[s + 1] = (termStart[s] as number) + (termLists[text[s] as number] as Int32Array).length;
  const termTotal = termStart[n] as number;
  const termIds = new Int32Array(termTotal);
  for (let s = 0; s < n; s++) termIds.set(termLists[text[s] as number] as Int32Array, termStart[s] as number);
  const texts = termLists.length;
  const textTermStart = new Int32Array(texts + 1);
  const textPairStart = new Int32Array(texts + 1);
  for (let d = 0; d < texts; d++) {
    textTermStart[d + 1] = (textTermStart[d] as number) + (termLists[d] as Int32Array).length;
    textPairStart[d + 1] = (textPairStart[d] as number) + (pairLists[d] as Float64Array).length;
  }
  const textTermIds = new Int32Array(textTermStart[texts] as number);
  const textPairIds = new Float64Array(textPairStart[texts] as number);
  for (let d = 0; d < texts; d++) {
    textTermIds.set(termLists[d] as Int32Array, textTermStart[d] as number);
    textPairIds.set(pairLists[d] as Float64Array, textPairStart[d] as number);
  }

  // Frequencies per article, so that the weight of a term for two articles depends on those two alone.
  const articleCount = articles.length;
  const sentenceFreq = new Int32Array(count);
  const df = new Uint16Array(articleCount * count);
  const sf = new Uint16Array(articleCount * count);
  const paraCount = new Int32Array(articleCount);
  const sentCount = new Int32Array(articleCount);
  const lastPara = new Int32Array(count).fill(-1);
  let paragraphs = 0;
  for (let s = 0; s < n; s++) {
    const a = article[s] as number;
    const first = s === 0 || para[s] !== para[s - 1] || a !== article[s - 1];
    if (first) {
      paragraphs++;
      paraCount[a] = (paraCount[a] as number) + 1;
    }
    sentCount[a] = (sentCount[a] as number) + 1;
    const row = a * count;
    for (let k = termStart[s] as number; k < (termStart[s + 1] as number); k++) {
      const t = termIds[k] as number;
      sentenceFreq[t] = (sentenceFreq[t] as number) + 1;
      if (sf[row + t] !== 65535) sf[row + t] = (sf[row + t] as number) + 1;
      if (lastPara[t] !== paragraphs) {
        lastPara[t] = paragraphs;
        if (df[row + t] !== 65535) df[row + t] = (df[row + t] as number) + 1;
      }
    }
  }
  const name = new Uint8Array(count);
  for (let id = 0; id < isName.length; id++) if (isName[id] === 1) name[family[id] as number] = 1;
  const factor = new Float64Array(count);
  const figure = new Uint8Array(count);
  for (let t = 0; t < count; t++) {
    const word = familyWord[t] as string;
    const c = word.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    factor[t] = c === 126 ? APPROX_FACTOR : digit ? NUMBER_FACTOR : LIGHT.has(word) ? LIGHT_FACTOR : 1;
    figure[t] = c === 126 || (digit && Number(word) >= MIN_FIGURE) ? 1 : 0;
  }

  return {
    article, para, sent, boiler, termStart, termIds, text, textTermStart, textTermIds, textPairStart, textPairIds,
    factor, figure, sentenceFreq, df, sf, paraCount, sentCount, paraStart, termCount: count,
    words: familyWord, name,
  };
}
