import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FaultBanner } from '../../src/features/storage/fault-banner.tsx';
import { getAppStore } from '../../src/store/index.ts';

describe('Storage fault banner on article texts', () => {
  it('says that texts go to the small storage when IndexedDB cannot be used, with a download', () => {
    render(<FaultBanner />);
    act(() => getAppStore().setState({ fault: { kind: 'text-database' } }));
    expect(screen.getByRole('alert')).toHaveTextContent(/IndexedDB/);
    expect(screen.getByRole('alert')).toHaveTextContent(/a large article may not be saved/i);
    expect(screen.getByRole('button', { name: /download my work/i })).toBeInTheDocument();
  });

  it('says the saved work was kept untouched when its texts could not be read', () => {
    render(<FaultBanner />);
    act(() =>
      getAppStore().setState({ fault: { kind: 'texts-missing', count: 2, backupKey: 'k' } }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/names 2 article texts/);
    expect(screen.getByRole('alert')).toHaveTextContent(/will not overwrite it/);
  });
});
