import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from '../../src/features/offline/offline-banner.tsx';

const goOffline = (offline: boolean) => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
};

describe('OfflineBanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says so while the browser is offline, in a live region that is always there', () => {
    render(<OfflineBanner />);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('');
    goOffline(true);
    expect(region).toHaveTextContent(/You are offline/);
    goOffline(false);
    expect(region).toHaveTextContent('');
  });
});
