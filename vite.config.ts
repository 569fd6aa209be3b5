import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// base './' keeps the built site working from any static host or sub-folder.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Two cores run component tests that align the seeds in-thread: give them room under load.
    testTimeout: 20_000,
  },
});
