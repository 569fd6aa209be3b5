import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the app keeps article texts there.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
