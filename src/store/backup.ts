import type { CrosscheckStore } from './index.ts';
import { SAVED_VERSION } from './migrations.ts';
import { savedPart } from './saved.ts';

/** One stored copy that could not be loaded, as it was found. */
export interface BackupEntry {
  key: string;
  raw: string | null;
}

/**
 * The JSON for the "download my data" button: the current saved state (as this build would save it)
 * and every backup kept under `<key>:backup:*`, raw, since those may not parse.
 */
export function backupJson(store: CrosscheckStore, now = Date.now()): string {
  const backups: BackupEntry[] = [];
  const storage = store.sync.storage();
  const prefix = `${store.sync.key}:backup:`;
  try {
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) backups.push({ key, raw: storage.getItem(key) });
    }
  } catch {
    // Storage is blocked: the in-memory state is still worth downloading.
  }
  backups.sort((a, b) => a.key.localeCompare(b.key));
  return JSON.stringify(
    {
      app: 'crosscheck',
      exportedAt: new Date(now).toISOString(),
      current: { version: SAVED_VERSION, state: savedPart(store.getState()) },
      backups,
    },
    null,
    2,
  );
}
