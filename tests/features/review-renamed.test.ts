import { describe, expect, it } from 'vitest';
import { renamedSentence } from '../../src/features/library/review-renamed.ts';
import { NEW_REVIEW_NAME, SAMPLE_REVIEW_NAME } from '../../src/store/seed-review.ts';

describe('renamedSentence', () => {
  it('says why the review was renamed: no sample left, or its first article', () => {
    expect(renamedSentence('Bridge vote', 'Bridge vote')).toBe('');
    expect(renamedSentence(SAMPLE_REVIEW_NAME, 'Ferry strike ends')).toBe(
      'The review, no longer on the sample articles, is now named “Ferry strike ends”; Rename changes it.',
    );
    expect(renamedSentence(`${NEW_REVIEW_NAME} 2`, 'Ferry strike ends')).toBe(
      'The review is now named “Ferry strike ends”, after its first article; Rename changes it.',
    );
  });
});
