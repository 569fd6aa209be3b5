import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Minimap } from '../../src/features/compare/minimap.tsx';

describe('the row map', () => {
  it('says what its colours mean, counts the rows that vary strongly, and jumps to a clicked row', () => {
    const onJump = vi.fn();
    render(<Minimap variation={[0, 0.9, 0.2, 1]} shown={[0, 1, 3]} onJump={onJump} />);
    const map = screen.getByRole('img', { name: /^Row map: 3 rows, 2 vary strongly\./ });
    // Red is the discrepancies' colour elsewhere: the map says its red is something else.
    expect(map).toHaveAttribute(
      'title',
      expect.stringMatching(
        /green \(the same in all\) to red \(in one article only\); not the discrepancies/,
      ),
    );
    map.getBoundingClientRect = () => ({
      top: 0,
      height: 30,
      left: 0,
      width: 14,
      bottom: 30,
      right: 14,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    fireEvent.click(map, { clientY: 25 });
    expect(onJump).toHaveBeenCalledWith(3);
  });
});
