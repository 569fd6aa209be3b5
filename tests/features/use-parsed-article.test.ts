import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/text/index.ts';
import {
  parsedEnd,
  sentenceRefs,
  useParsedArticle,
} from '../../src/features/claims/use-parsed-article.ts';

const record = (text: string) => ({
  id: 'log.txt',
  text,
  title: 'Log',
  outlet: '',
  date: null,
  url: '',
  addedAt: 0,
});

describe('parsing a long article for the claims view', () => {
  it('shows its opening paragraphs first, then the whole parse, the same as parseArticle', async () => {
    const text = Array.from(
      { length: 6000 },
      (_, k) => `Boat ${k} came in at dawn. It carried ${k * 3} crates.`,
    ).join('\n\n');
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const article = useParsedArticle(record(text));
      if (article && seen.at(-1) !== article.paragraphs.length)
        seen.push(article.paragraphs.length);
      return article;
    });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current?.paragraphs).toHaveLength(6000), { timeout: 15_000 });
    // A part came first, and claims beyond it wait: its parsed end is inside the text.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]).toBeLessThan(6000);
    const whole = parseArticle('log.txt', text);
    expect(result.current).toEqual(whole);
    expect(parsedEnd(result.current!)).toBe(text.length);
    expect(sentenceRefs(result.current!)).toHaveLength(12_000);
  });

  it('parses an ordinary article at once', () => {
    const { result } = renderHook(() => useParsedArticle(record('Short.\n\nText here.')));
    expect(result.current?.paragraphs).toHaveLength(2);
  });
});
