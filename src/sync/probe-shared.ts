/**
 * Finds out, before joining, whether a colleague's code names a shared review: held in this
 * browser already, or on the sync server. Nothing is kept: a throw-away document, no IndexedDB.
 * Loaded on demand with the rest of the sync code.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomOf } from './open-shared.ts';

/** found: the review exists; unknown: the server answered and has no such review; unreachable: no answer in time. */
export type ProbeResult = 'found' | 'unknown' | 'unreachable';

/** How long a probe waits; a test shortens them. */
export interface ProbeTimes {
  /** For the server to connect and send its copy of the document. */
  connectMs?: number;
  /**
   * After an empty first answer, for the document to fill: a server that has just started loads a
   * review from its folder after answering.
   */
  graceMs?: number;
}

/** True when this browser keeps a shared document of review `reviewId` (IndexedDB) holding the review. */
export async function heldHere(reviewId: string): Promise<boolean> {
  try {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === roomOf(reviewId))) return false;
    // A database can be empty (a join whose review never arrived): only one that holds it counts.
    const doc = new Y.Doc();
    const stored = new IndexeddbPersistence(roomOf(reviewId), doc);
    try {
      await stored.whenSynced;
      return doc.getMap('meta').get('id') !== undefined;
    } finally {
      await stored.destroy();
      doc.destroy();
    }
  } catch {
    return false;
  }
}

/** Whether review `reviewId` can be joined through `server` (empty: this browser only). */
export async function probeShared(
  server: string,
  reviewId: string,
  { connectMs = 5000, graceMs = 1500 }: ProbeTimes = {},
): Promise<ProbeResult> {
  if (await heldHere(reviewId)) return 'found';
  if (!server) return 'unknown';
  if (!navigator.onLine) return 'unreachable';
  const doc = new Y.Doc();
  // Connected below, inside the try: an address the WebSocket refuses (a bad port) throws there,
  // and the provider it would leave behind (with its timers) is still destroyed.
  const provider = new WebsocketProvider(server, roomOf(reviewId), doc, {
    maxBackoffTime: 1000,
    connect: false,
  });
  // The probe only reads: it announces no one in the review.
  provider.awareness.setLocalState(null);
  const has = () => doc.getMap('meta').get('id') !== undefined;
  try {
    return await new Promise<ProbeResult>((resolve) => {
      let grace: ReturnType<typeof setTimeout> | undefined;
      const limit = setTimeout(() => resolve('unreachable'), connectMs);
      const finish = (result: ProbeResult) => {
        clearTimeout(limit);
        clearTimeout(grace);
        resolve(result);
      };
      doc.on('update', () => {
        if (has()) finish('found');
      });
      provider.on('sync', (synced: boolean) => {
        if (!synced) return;
        if (has()) finish('found');
        else if (grace === undefined) {
          clearTimeout(limit);
          grace = setTimeout(() => finish('unknown'), graceMs);
        }
      });
      try {
        provider.connect();
      } catch {
        finish('unreachable');
      }
    });
  } finally {
    provider.destroy();
    doc.destroy();
  }
}
