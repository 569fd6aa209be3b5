import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Quote } from '../../src/components/quote.tsx';

describe('Quote', () => {
  it('marks up a quotation, and adds no second pair of marks to a text that brings its own', () => {
    const { container } = render(
      <p>
        <Quote text="The bridge opened on Monday." className="claims-quote" />
        <Quote text="“I’m not that cool,” the governor replied." />
        <Quote text={'  "We will rebuild," she said.'} id="q2" />
      </p>,
    );
    const qs = [...container.querySelectorAll('q')];
    expect(qs.map((q) => q.textContent)).toEqual([
      'The bridge opened on Monday.',
      '“I’m not that cool,” the governor replied.',
      '  "We will rebuild," she said.',
    ]);
    expect(qs.map((q) => q.className)).toEqual(['claims-quote', 'self-quoted', 'self-quoted']);
    expect(qs[2]?.id).toBe('q2');
  });
});
