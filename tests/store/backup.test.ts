import { describe, expect, it } from 'vitest';
import { createCrosscheckStore } from '../../src/store/index.ts';
import { SAVED_VERSION } from '../../src/store/migrations.ts';
import { FakeStorage } from './fake-storage.ts';
import { KEY } from './helpers.ts';

const open = (storage: FakeStorage) =>
  createCrosscheckStore({ getStorage: () => storage, key: KEY });
const backupsOf = (storage: FakeStorage) =>
  [...storage.data.entries()].filter(([k]) => k.startsWith(`${KEY}:backup:`));
const newer = (marker: string) =>
  JSON.stringify({ state: { future: marker }, version: SAVED_VERSION + 1 });

describe('backups of a save this build cannot use', () => {
  it('keeps one backup of a newer save however often the page is loaded', async () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, newer('a'));
    const keys: (string | null)[] = [];
    for (let load = 0; load < 4; load += 1) {
      const fault = open(storage).getState().fault;
      keys.push(fault?.kind === 'newer' ? fault.backupKey : null);
      // Backup keys carry the time: let the clock move so a second copy would get a new key.
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(backupsOf(storage)).toEqual([[keys[0], newer('a')]]);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
  });

  it('keeps a separate backup for each distinct payload', async () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, newer('a'));
    open(storage);
    await new Promise((r) => setTimeout(r, 2));
    storage.data.set(KEY, newer('b'));
    open(storage);
    await new Promise((r) => setTimeout(r, 2));
    storage.data.set(KEY, 'not json');
    open(storage);
    open(storage);
    expect(
      backupsOf(storage)
        .map(([, raw]) => raw)
        .sort(),
    ).toEqual([newer('a'), newer('b'), 'not json'].sort());
  });
});
