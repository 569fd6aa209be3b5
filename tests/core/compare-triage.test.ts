import { describe, expect, it } from 'vitest';
import { groupFindings } from '../../src/core/compare/findings.ts';
import { findingKey, findingSentence, statusOf, triageOf } from '../../src/core/compare/triage.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { discrepancy } from '../fixtures/compare/discrepancy.ts';

const d = discrepancy;
const keyed = (list: ReturnType<typeof d>[], order?: string[]) =>
  groupFindings(list, order).map((finding) => ({ key: findingKey(finding), finding }));
const at = (status: 'open' | 'confirmed' | 'dismissed', t: number) => ({ status, at: t });

describe('a finding key', () => {
  it('is the same whatever order the pairs come in or the articles are listed in', () => {
    const one = keyed([d('a', 2, '2016', 'b', 4, '2017'), d('a', 2, '2016', 'c', 3, '2017')]);
    const two = keyed(
      [d('c', 3, '2017', 'a', 2, '2016'), d('b', 4, '2017', 'a', 2, '2016')],
      ['c', 'b', 'a'],
    );
    expect(one).toHaveLength(1);
    expect(two[0]!.key).toBe(one[0]!.key);
  });

  it('ignores case, spacing and typographic quotes in the wordings', () => {
    const one = keyed([d('a', 0, 'The  Minister’s office', 'b', 0, 'the mayor', { type: 'name' })]);
    const two = keyed([d('a', 0, "the minister's office", 'b', 0, 'The Mayor', { type: 'name' })]);
    expect(two[0]!.key).toBe(one[0]!.key);
  });

  it('tells apart the same wordings in other paragraphs, and other types', () => {
    const here = keyed([d('a', 2, '2016', 'b', 4, '2017')])[0]!.key;
    const there = keyed([d('a', 9, '2016', 'b', 9, '2017')])[0]!.key;
    const number = keyed([d('a', 2, '2016', 'b', 4, '2017', { type: 'number' })])[0]!.key;
    expect(new Set([here, there, number]).size).toBe(3);
  });
});

describe('the saved decisions on findings', () => {
  const three = [d('a', 2, '2016', 'b', 4, '2017'), d('a', 2, '2016', 'c', 3, '2017')];

  it('apply by key', () => {
    const [f] = keyed(three);
    const decided = triageOf([f!], { [f!.key]: at('dismissed', 5) });
    expect(statusOf(decided, f!.key)).toBe('dismissed');
    expect(statusOf(triageOf([f!], {}), f!.key)).toBe('open');
  });

  it('still hold when an article is hidden, and when one with the same wordings is shown', () => {
    const [all] = keyed(three);
    const [twoArticles] = keyed([three[0]!]);
    expect(twoArticles!.key).not.toBe(all!.key);
    // Decided on three articles, seen on two.
    expect(
      statusOf(triageOf([twoArticles!], { [all!.key]: at('dismissed', 5) }), twoArticles!.key),
    ).toBe('dismissed');
    // Decided on two, seen on three.
    expect(statusOf(triageOf([all!], { [twoArticles!.key]: at('confirmed', 5) }), all!.key)).toBe(
      'confirmed',
    );
  });

  it('do not hold for a finding with a wording the decision never saw', () => {
    const [before] = keyed([three[0]!]);
    const [after] = keyed([three[0]!, d('a', 2, '2016', 'c', 3, '2018')]);
    expect(statusOf(triageOf([after!], { [before!.key]: at('dismissed', 5) }), after!.key)).toBe(
      'open',
    );
  });

  it('take the newest of several that match, and an exact key before them', () => {
    const [all] = keyed(three);
    const [ab] = keyed([three[0]!]);
    const [abd] = keyed([three[0]!, d('a', 2, '2016', 'd', 1, '2017')]);
    const saved = { [all!.key]: at('dismissed', 5), [abd!.key]: at('confirmed', 9) };
    expect(statusOf(triageOf([ab!], saved), ab!.key)).toBe('confirmed');
    const exact = { ...saved, [ab!.key]: at('open', 1) };
    expect(statusOf(triageOf([ab!], exact), ab!.key)).toBe('open');
  });
});

describe('the sentence of a finding', () => {
  it('is the sentence that holds the version in its paragraph', () => {
    const text =
      'Harbour fire\n\nThe fire started on Monday. It was put out in 2016 by the crews. Nobody was hurt.';
    const article = parseArticle('a', text);
    const para = article.paragraphs[1]!;
    const aStart = para.text.indexOf('2016');
    const [f] = keyed([d('a', 1, '2016', 'b', 1, '2017', { aStart, aEnd: aStart + 4 })]);
    const s = findingSentence(f!.finding, { article: 'a', paragraph: 1 }, article);
    expect(s?.text).toBe('It was put out in 2016 by the crews.');
    expect(text.slice(s!.start, s!.end)).toBe(s!.text);
    expect(findingSentence(f!.finding, { article: 'a', paragraph: 7 }, article)).toBeNull();
  });
});
