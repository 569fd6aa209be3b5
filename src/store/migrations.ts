/** The saved shape's current version. Bump it by one with each change and add one step below. */
export const SAVED_VERSION = 1;

/**
 * migrations[n] turns a version-n payload into a version-(n+1) payload. Each step is pure and is
 * tested against a frozen copy of the old payload in tests/fixtures/.
 */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Brings a saved payload from its version up to SAVED_VERSION. */
export function migrate(state: unknown, fromVersion: number): unknown {
  let current = state as Record<string, unknown>;
  for (let v = fromVersion; v < SAVED_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from saved version ${v}`);
    current = step(current);
  }
  return current;
}
