import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LinkDiscrepancy } from '../../src/core/compare/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { GapCell } from '../../src/features/compare/gap-cell.tsx';

// Invented: an outlet's report whose second paragraph stands in another row of the grid.
const ENVOY = 'The special envoy, Mara Kovlev, said the talks had stalled <b>again</b>.';
const article = parseArticle(
  'c.txt',
  `Talks stall\n\nThe ministry confirmed the delay on Monday.\n\n${ENVOY}`,
);
const at = ENVOY.indexOf('Mara Kovlev');
const slip: LinkDiscrepancy = {
  a: 'a.txt',
  i: 3,
  b: 'c.txt',
  j: 2,
  type: 'name',
  aSpan: 'Mara Kovalev',
  bSpan: 'Mara Kovlev',
  aStart: 20,
  aEnd: 32,
  bStart: at,
  bEnd: at + 'Mara Kovlev'.length,
  severity: 'high',
  explanation: 'The name is spelled “Mara Kovalev” once and “Mara Kovlev” once.',
};

describe('a cell with nothing of its article in the row', () => {
  it('says the article lacks it when no paragraph of it carries the row', () => {
    render(<GapCell article={article} label="C" refs={[]} discrepancies={[]} tabbable />);
    expect(screen.getByRole('cell')).toHaveTextContent('Not in C');
  });

  it('shows, on request, the paragraphs of another row that carry it, as text', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <GapCell article={article} label="C" refs={[2]} discrepancies={[]} tabbable={false} />,
    );
    const summary = screen.getByText('¶3 of C carries this; shown in another row');
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(screen.queryByText(/talks had stalled/)).toBeNull();
    await user.click(summary);
    const shown = screen.getByText(/talks had stalled/);
    // Article text is text: the markup in it is shown, never made into elements.
    expect(shown).toHaveTextContent('said the talks had stalled <b>again</b>.');
    expect(container.querySelector('b')).toBeNull();
    await user.click(summary);
    expect(screen.queryByText(/talks had stalled/)).toBeNull();
  });

  it('flags overlapping spans once, with each finding’s explanation, whichever side the paragraph is', () => {
    const word = ENVOY.indexOf('Kovlev');
    const quote: LinkDiscrepancy = {
      ...slip,
      a: 'c.txt',
      i: 2,
      b: 'b.txt',
      j: 4,
      type: 'quote',
      aStart: word,
      aEnd: word + 'Kovlev, said'.length,
      bStart: 0,
      bEnd: 5,
      severity: 'medium',
      explanation: 'The wording differs.',
    };
    const { container } = render(
      <GapCell article={article} label="C" refs={[2]} discrepancies={[quote, slip]} tabbable />,
    );
    const flags = container.querySelectorAll('.gap-ref-text .flag');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toHaveTextContent(/^Mara Kovlev, said$/);
    expect(flags[0]).toHaveClass('flag-high');
    expect(flags[0]?.getAttribute('title')).toBe(
      `name: ${slip.explanation}\nquote: The wording differs.`,
    );
  });

  it('stays closed when the findings come, marked as a side of them for a jump to open', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(
      <GapCell article={article} label="C" refs={[2]} discrepancies={[]} tabbable />,
    );
    const details = container.querySelector('details')!;
    expect(screen.getByText(/carries this/)).toHaveAttribute('tabindex', '0');
    expect(details).not.toHaveAttribute('data-involved');
    // The discrepancies come after the rows: the row must not grow under the reader then.
    rerender(<GapCell article={article} label="C" refs={[2]} discrepancies={[slip]} tabbable />);
    expect(details).toHaveAttribute('data-involved');
    expect(details.open).toBe(false);
    await user.click(screen.getByText(/carries this/));
    expect(details.open).toBe(true);
    const flag = container.querySelector('.gap-ref-text .flag');
    expect(flag).toHaveTextContent(/^Mara Kovlev$/);
    expect(flag).toHaveAttribute('title', `name: ${slip.explanation}`);
  });
});
