import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffText } from '../../src/features/compare/diff-text.tsx';

const OPTIONS = { ignorePunctuation: true };

/** Renders text against base and waits for its diff (drawn after the first paint). */
async function shown(text: string, base: string, mode: 'marks' | 'inline' = 'marks') {
  const { container } = render(
    <DiffText text={text} against={base} options={OPTIONS} mode={mode} />,
  );
  const root = container.querySelector('.diff-text')!;
  await waitFor(() => expect(root).not.toHaveAttribute('data-diff-pending'));
  const all = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
  return { root, changed: all('ins, mark'), shared: all('.d-same') };
}

// Invented reports of one event: an edit of the base, and another outlet's own telling.
const BASE =
  'The harbour board voted on Tuesday to close the north pier for repairs, a spokeswoman for the board said.';
const EDITED =
  'The harbour board voted on Tuesday to shut the north pier for repairs, a spokeswoman for the board said.';
const RETOLD =
  'Ferry crews will lose their berth next month after port officials ordered the north pier shut on Tuesday.';

describe('a paragraph shown against the base', () => {
  it('highlights the words an edit changed, and nothing as shared', async () => {
    const { changed, shared } = await shown(EDITED, BASE);
    expect(changed).toEqual(['shut']);
    expect(shared).toEqual([]);
  });

  it('shows what a paragraph written anew shares with the base instead of changes end to end', async () => {
    const { root, changed, shared } = await shown(RETOLD, BASE);
    expect(changed).toEqual([]);
    // Wherever they stand; "the" and "on" alike are not worth pointing out. The text reads whole.
    expect(shared).toEqual(['north pier', 'Tuesday']);
    expect(root.textContent).toBe(RETOLD);
  });

  it('shows a paragraph that shares nothing worth pointing out as changed, not as unchanged', async () => {
    const { changed, shared } = await shown('It was said that it is so.', BASE);
    expect(changed.join('')).toContain('It was said that it is so');
    expect(shared).toEqual([]);
  });

  it('takes a figure whole and a name with its possessive for the name', async () => {
    const base = 'Chuck Schumer said 1,500 workers lost their jobs at the harbour last year.';
    const { shared } = await shown(
      'Unions blamed Schumer’s deal for the 1,200 jobs cut at the harbour.',
      base,
    );
    expect(shared).toEqual(['Schumer’s', 'jobs', 'harbour']);
  });

  it('still shows every difference in focus mode', async () => {
    const { changed, shared } = await shown(RETOLD, BASE, 'inline');
    expect(changed.length).toBeGreaterThan(0);
    expect(shared).toEqual([]);
  });
});
