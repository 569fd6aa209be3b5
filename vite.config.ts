import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// base './' keeps the built site working from any static host or sub-folder.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Installable and usable offline once loaded: a service worker precaches the whole build (the
    // worker and its language tables too). public/manifest.webmanifest stays the manifest; the app
    // registers the worker itself, after start-up (src/app/service-worker.ts).
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The compare worker carries the language tables (a few MB): it must be precached to work offline.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
