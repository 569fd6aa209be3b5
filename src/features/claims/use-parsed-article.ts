import { useEffect, useMemo, useState } from 'react';
import { parseArticle, parseArticleSteps, type Article } from '../../core/text/index.ts';
import type { ArticleRecord } from '../../store/index.ts';

/** Texts longer than this are parsed in slices between which the page responds. */
const SLICE_ABOVE = 200_000;
/** Work done per slice before the page gets a turn. */
const SLICE_MS = 30;

// The last article parsed in slices, so a jump into it does not parse it again.
let lastLong: Article | null = null;

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const next = steps.next();
        if (next.done) {
          lastLong = next.value;
          setSliced(next.value);
          return;
        }
        if (performance.now() > until) break;
      }
      timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
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
