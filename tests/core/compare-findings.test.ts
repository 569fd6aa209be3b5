import { describe, expect, it } from 'vitest';
import {
  computeComparison,
  groupFindings,
  normaliseWording,
} from '../../src/core/compare/index.ts';
import { discrepancy } from '../fixtures/compare/discrepancy.ts';

const d = discrepancy;

/** A finding's versions as "wording: article¶paragraph, ..." lines. */
const versions = (f: {
  versions: { text: string; places: { article: string; paragraph: number }[] }[];
}) =>
  f.versions.map(
    (v) => `${v.text}: ${v.places.map((p) => `${p.article}¶${p.paragraph}`).join(', ')}`,
  );

describe('findings gathered from pair-wise discrepancies', () => {
  it('joins the same change seen from one article against two others into one finding', () => {
    const findings = groupFindings([
      d('a', 3, '2016', 'b', 5, '2017'),
      d('a', 3, '2016', 'c', 4, '2017'),
    ]);
    expect(findings).toHaveLength(1);
    expect(versions(findings[0]!)).toEqual(['2016: a¶3', '2017: b¶5, c¶4']);
    expect(findings[0]!.pairs).toHaveLength(2);
  });

  it('joins across pairs when the shared side differs only in case, spacing or quote marks', () => {
    const findings = groupFindings([
      d('a', 0, 'the Minister’s  office', 'b', 0, 'the mayor’s office', { type: 'name' }),
      d('a', 0, "The minister's office", 'c', 1, 'the mayor’s office', { type: 'name' }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.versions).toHaveLength(2);
    expect(normaliseWording('“The Minister’s  office.”')).toBe("the minister's office");
  });

  it('keeps different facts of the same paragraphs apart', () => {
    const findings = groupFindings([
      d('a', 3, '2016', 'b', 5, '2017'),
      d('a', 3, '40 berths', 'b', 5, '14 berths', { type: 'number' }),
      d('a', 3, 'March 26', 'b', 5, 'March 28'),
    ]);
    expect(findings).toHaveLength(3);
    expect(findings.map((f) => f.pairs.length)).toEqual([1, 1, 1]);
  });

  it('keeps the same wording in unrelated paragraphs apart', () => {
    const findings = groupFindings([
      d('a', 1, 'he said', 'b', 1, 'he told Reuters', { type: 'attribution' }),
      d('a', 7, 'he said', 'b', 6, 'the minister said', { type: 'attribution' }),
    ]);
    expect(findings).toHaveLength(2);
  });

  it('does not join two changes of one paragraph that have different types', () => {
    const findings = groupFindings([
      d('a', 2, 'Dover', 'b', 2, 'Deal', { type: 'place' }),
      d('a', 2, 'Dover', 'c', 2, 'Deal', { type: 'name' }),
    ]);
    expect(findings).toHaveLength(2);
  });

  it('lists the two articles of three that share a version together', () => {
    // A and C agree on "nearly 300"; B says "about 200". Only the pairs with B differ.
    const findings = groupFindings(
      [d('a', 0, 'nearly 300', 'b', 1, 'about 200'), d('b', 1, 'about 200', 'c', 2, 'nearly 300')],
      ['a', 'b', 'c'],
    );
    expect(findings).toHaveLength(1);
    expect(versions(findings[0]!)).toEqual(['nearly 300: a¶0, c¶2', 'about 200: b¶1']);
  });

  it('gives a finding of three versions each with its carriers, in the given article order', () => {
    const findings = groupFindings(
      [
        d('e', 0, 'Hundreds', 'a', 1, 'More than 1,000', { type: 'number' }),
        d('e', 0, 'Hundreds', 'b', 0, 'more than 1,000', { type: 'number' }),
        d('e', 0, 'Hundreds', 'c', 1, 'Over 1,000', { type: 'number' }),
      ],
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(findings).toHaveLength(1);
    expect(versions(findings[0]!)).toEqual([
      'More than 1,000: a¶1, b¶0',
      'Over 1,000: c¶1',
      'Hundreds: e¶0',
    ]);
  });

  it('lists findings most severe first and takes the highest severity of their pairs', () => {
    const findings = groupFindings([
      d('a', 0, 'about 5', 'b', 0, 'nearly 5', { type: 'number', severity: 'low' }),
      d('a', 1, 'Kabulov', 'b', 1, 'Kavlov', { type: 'name', severity: 'medium' }),
      d('a', 2, '2016', 'b', 2, '2017', { severity: 'low' }),
      d('a', 2, '2016', 'c', 2, '2017', { severity: 'high', explanation: 'The year differs.' }),
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
    expect(findings[0]!.explanation).toBe('The year differs.');
    expect(findings[0]!.pairs).toHaveLength(2);
  });

  it('gathers a changed year in invented articles into one finding with its two versions', () => {
    const text = (year: number) =>
      [
        'Harbour plan approved',
        'The town council approved the harbour plan on Tuesday after a long debate.',
        `The old pier, built in ${year}, will be rebuilt with 40 new berths by the spring.`,
      ].join('\n\n');
    const comparison = computeComparison([
      { id: 'a', text: text(1926) },
      { id: 'b', text: text(1928) },
      { id: 'c', text: text(1928) },
    ]);
    expect(comparison.discrepancies).toHaveLength(2);
    const findings = groupFindings(comparison.discrepancies, ['a', 'b', 'c']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.versions.map((v) => v.places)).toEqual([
      [{ article: 'a', paragraph: 2 }],
      [
        { article: 'b', paragraph: 2 },
        { article: 'c', paragraph: 2 },
      ],
    ]);
  });
});
