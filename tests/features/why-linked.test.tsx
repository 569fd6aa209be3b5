import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { WhyLinked } from '../../src/features/compare/why-linked.tsx';

// Invented reports: the base, and another outlet's paragraph that two of the base's carry.
const base = parseArticle(
  'base.txt',
  'Harbour board shuts north pier\n\nThe board voted on Tuesday to close the north pier. Repairs start in May.\n\nFerries will use the south pier until then.',
);
const other = parseArticle(
  'other.txt',
  'Pier closes\n\nPort officials ordered the north pier shut on Tuesday, and ferries moved to the south pier.',
);

const links: Link[] = [
  {
    a: 'base.txt',
    i: 1,
    b: 'other.txt',
    j: 1,
    score: 0.92,
    kind: 'partial',
    pairs: [{ i: 0, j: 0, score: 0.38 }],
  },
  {
    a: 'other.txt',
    i: 1,
    b: 'base.txt',
    j: 2,
    score: 0.64,
    kind: 'paraphrase',
    pairs: [{ i: 0, j: 0, score: 0.64 }],
  },
];

describe('why a paragraph is linked', () => {
  it('names the base paragraph of each link, and tells a link made on all the evidence from a sentence match', async () => {
    const user = userEvent.setup();
    render(<WhyLinked self={other} paragraph={1} other={base} links={links} tabbable />);
    const summary = screen.getByText(/^Why linked/);
    expect(summary).toHaveTextContent('Why linked (base ¶2 partial, base ¶3 paraphrase)');
    await user.click(summary);
    expect(screen.getByText(/^With paragraph 2 of the base/)).toHaveTextContent(
      'With paragraph 2 of the base: part of the same content, judged on all the evidence together (the names, figures and rare words they share, and where they stand; confidence 92%). Their closest sentences, and how closely they match:',
    );
    // A link of the sentence rules: its score is its best sentence match, shown once, beside the sentences.
    const rule = screen.getByText(/^With paragraph 3 of the base/);
    expect(rule).toHaveTextContent(
      'With paragraph 3 of the base: a paraphrase. The sentences that match, and how closely:',
    );
    expect(rule.textContent).not.toContain('%');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('The board voted on Tuesday to close the north pier.');
    expect(items[0]).toMatch(/\(38%\)$/);
    expect(items[1]).toContain('Ferries will use the south pier until then.');
  });
});
