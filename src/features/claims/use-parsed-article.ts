import { useEffect, useMemo, useState } from 'react';
import { parseArticle, parseArticleSteps, runSteps, type Article } from '../../core/text/index.ts';
import type { ArticleRecord } from '../../store/index.ts';
import type { SentenceRef } from './model.ts';

/** Texts longer than this are parsed in slices between which the page responds. */
const SLICE_ABOVE = 200_000;
/** Work done per slice before the page gets a turn. */
const SLICE_MS = 20;
/** Paragraphs whose sentence list is made per step. */
const PARAGRAPHS_PER_STEP = 1000;

/** Paragraphs of a long article shown while the rest is parsed: more than a screenful. */
const FIRST_PART = 200;

// The last article parsed in slices, so a jump into it does not parse it again.
let lastLong: Article | null = null;
const refsOf = new WeakMap<Article, SentenceRef[]>();
// Articles that hold only their opening paragraphs, shown while the rest is parsed.
const partial = new WeakSet<Article>();

/** Where a partly parsed article's parsed paragraphs end; the text's length once it is whole. */
export function parsedEnd(article: Article): number {
  return partial.has(article) ? (article.paragraphs.at(-1)?.end ?? 0) : article.text.length;
}

function* refSteps(article: Article): Generator<void, SentenceRef[]> {
  const out: SentenceRef[] = [];
  const ps = article.paragraphs;
  for (let i = 0; i < ps.length; i += 1) {
    const p = ps[i]!;
    p.sentences.forEach((s, k) =>
      out.push({ paragraph: p.index, sentence: k, start: s.start, end: s.end }),
    );
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
  }
  return out;
}

/** The article's sentences in reading order, as the claims list shows them (made once per parse). */
export function sentenceRefs(article: Article): SentenceRef[] {
  let refs = refsOf.get(article);
  if (!refs) {
    refs = runSteps(refSteps(article));
    refsOf.set(article, refs);
  }
  return refs;
}

/** Runs the next task soon, without the 4 ms a chain of timers is held to. */
function soon(run: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** The parse of a record's text: at once for an ordinary article, in slices for a long one (null until done). */
export function useParsedArticle(record: ArticleRecord | undefined): Article | null {
  const id = record?.id;
  const text = record?.text;
  const long = text !== undefined && text.length > SLICE_ABOVE;
  const now = useMemo(
    () => (id !== undefined && text !== undefined && !long ? parseArticle(id, text) : null),
    [id, text, long],
  );
  const [sliced, setSliced] = useState<Article | null>(null);
  useEffect(() => {
    if (id === undefined || text === undefined || !long) return;
    if (lastLong?.id === id && lastLong.text === text) return;
    const steps = parseArticleSteps(id, text);
    let refs: Generator<void, SentenceRef[]> | null = null;
    let article: Article | null = null;
    let shownPart = false;
    let cancel = () => {};
    const run = () => {
      const until = performance.now() + SLICE_MS;
      do {
        if (refs) {
          const next = refs.next();
          if (next.done) {
            refsOf.set(article!, next.value);
            lastLong = article;
            setSliced(article);
            return;
          }
        } else {
          const next = steps.next();
          if (next.done) {
            article = next.value;
            // The sentence list is made in steps too, not in the render that shows the article.
            refs = refSteps(article);
          } else if (!shownPart && next.value && next.value.length >= FIRST_PART) {
            // The opening paragraphs are final once parsed: show them while the rest is read.
            shownPart = true;
            const part = { id, title: '', date: null, text, paragraphs: next.value.slice() };
            partial.add(part);
            setSliced(part);
          }
        }
      } while (performance.now() < until);
      cancel = soon(run);
    };
    cancel = soon(run);
    return () => cancel();
  }, [id, text, long]);
  if (!long) return now;
  const same = (a: Article | null): a is Article => a !== null && a.id === id && a.text === text;
  if (same(sliced)) return sliced;
  return same(lastLong) ? lastLong : null;
}

/** The parse of a record: the one kept from a sliced parse when it matches, else a fresh one. */
export function parsedNow(record: ArticleRecord): Article {
  return lastLong?.id === record.id && lastLong.text === record.text
    ? lastLong
    : parseArticle(record.id, record.text);
}
