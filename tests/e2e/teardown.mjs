import { rm } from 'node:fs/promises';

/** Removes this run's build folder (see E2E_OUT_DIR in playwright.config.ts). */
export default async function teardown() {
  const dir = process.env.E2E_OUT_DIR;
  if (dir && dir.includes('e2e-dist-')) await rm(dir, { recursive: true, force: true });
}
