import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleSteps } from '../../src/core/text/index.ts';

describe('parsing in steps', () => {
  it('pauses many times on a long article and ends with the same parse as parseArticle', () => {
    const text = [
      'date 2025-11-24 Harbour log',
      ...Array.from({ length: 3000 }, (_, k) => `Boat ${k} came in at dawn. Share this`),
      'Share this',
    ].join('\n\n');
    const steps = parseArticleSteps('log', text);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThan(10);
    expect(next.value).toEqual(parseArticle('log', text));
    expect(next.value.date).toBe('2025-11-24');
    expect(next.value.paragraphs.at(-1)!.boilerplate).toBe(true);
  });
});
