import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WS from 'ws';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createCrosscheckStore } from '../../src/store/index.ts';
import { openShared } from '../../src/sync/open-shared.ts';
import { probeShared } from '../../src/sync/probe-shared.ts';
import { writeReview } from '../../src/sync/review-doc.ts';
import { setTeamStatus, teamStatus, teamVerdicts } from '../../src/sync/team-state.ts';
import type { Reviewer } from '../../src/sync/team-verdicts.ts';
import { FakeStorage } from '../store/fake-storage.ts';
import { ARTICLE_A, KEY } from '../store/helpers.ts';
import { startServer, stopServer, until } from './server.ts';

const ana: Reviewer = { id: 'r-ana', name: 'Ana', colour: '#1f77b4', role: 'reviewer' };
const servers: ChildProcess[] = [];
const folders: string[] = [];
const closers: (() => void)[] = [];

// jsdom's WebSocket cannot talk to Node's: the clients here use the ws package, as a browser's would.
const jsdomSocket = globalThis.WebSocket;
beforeAll(() => {
  globalThis.WebSocket = WS as unknown as typeof WebSocket;
});
afterAll(() => {
  globalThis.WebSocket = jsdomSocket;
});

afterEach(async () => {
  closers.splice(0).forEach((close) => close());
  setTeamStatus(null);
  await Promise.all(servers.splice(0).map(stopServer));
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A sync server on a free port of 127.0.0.1 with a fresh folder (or `data`, or on `port`). */
async function server(data = mkdtempSync(path.join(tmpdir(), 'sync-join-')), port = 0) {
  folders.push(data);
  const started = await startServer(data, port);
  servers.push(started.child);
  return { ...started, data, port: Number(new URL(started.url).port) };
}

/** Ana shares a review with one article through `url`; resolves once the server has it. */
async function shareThrough(url: string): Promise<string> {
  const store = createCrosscheckStore({ getStorage: () => new FakeStorage(), key: KEY });
  const id = store.getState().createReview('Harbour fire');
  store.getState().addArticle(ARTICLE_A);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, `crosscheck-${id}`, doc);
  closers.push(() => provider.destroy());
  await until(() => provider.synced);
  writeReview(doc, null, store.getState().reviews[id]!, ana);
  // Received by the server once a second client sees it.
  const check = new Y.Doc();
  const reader = new WebsocketProvider(url, `crosscheck-${id}`, check);
  closers.push(() => reader.destroy());
  await until(() => check.getMap('meta').get('id') === id);
  return id;
}

/** A 127.0.0.1 port nothing listens on. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

describe('joining by a code through the sync server', () => {
  it('finds a review a colleague has shared', async () => {
    const { url } = await server();
    const id = await shareThrough(url);
    expect(await probeShared(url, id)).toBe('found');
  }, 30_000);

  it('says a code the server has no review for is unknown, and keeps nothing of it here', async () => {
    const { url } = await server();
    const started = Date.now();
    expect(await probeShared(url, 'review-0000deadbeef', { graceMs: 500 })).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await databases()).not.toContain('crosscheck-review-0000deadbeef');
  }, 30_000);

  it('finds a review the server keeps only in its folder, just after a restart', async () => {
    const first = await server();
    const id = await shareThrough(first.url);
    closers.splice(0).forEach((close) => close());
    await new Promise((r) => setTimeout(r, 300));
    await stopServer(first.child);
    const again = await server(first.data, first.port);
    expect(await probeShared(again.url, id)).toBe('found');
  }, 30_000);

  it('gives up on a server that does not answer within the bound', async () => {
    const url = `ws://127.0.0.1:${await deadPort()}`;
    const started = Date.now();
    expect(await probeShared(url, 'review-0000deadbeef', { connectMs: 1500 })).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(3000);
  }, 30_000);

  it('does not take an empty database of the code in this browser for the review', async () => {
    const id = 'review-0000e3f7e1a1';
    const empty = new IndexeddbPersistence(`crosscheck-${id}`, new Y.Doc());
    await empty.whenSynced;
    await empty.destroy();
    expect(await databases()).toContain(`crosscheck-${id}`);
    expect(await probeShared('', id)).toBe('unknown');
    // One that holds the review is found without a server.
    const doc = new Y.Doc();
    const held = new IndexeddbPersistence(`crosscheck-${id}`, doc);
    await held.whenSynced;
    doc.getMap('meta').set('id', id);
    await new Promise((r) => setTimeout(r, 100));
    await held.destroy();
    expect(await probeShared('', id)).toBe('found');
    await held.clearData();
  });

  it('answers at once, without throwing, for an address no WebSocket can open', async () => {
    const started = Date.now();
    expect(await probeShared('ws://127.0.0.1:99999', 'review-0000deadbeef')).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('opens a review shared with a saved server address no WebSocket can open, as not reached', async () => {
    const store = createCrosscheckStore({ getStorage: () => new FakeStorage(), key: KEY });
    const id = store.getState().createReview('Harbour fire');
    closers.push(await openShared(store, id, ana, 'ws://127.0.0.1:99999'));
    expect(teamStatus()).toMatchObject({ reviewId: id, link: 'connecting' });
    expect(teamVerdicts()).toEqual({ reviewers: [], claims: {} });
  }, 30_000);

  it('shows a lost connection as reconnecting, and connected again once the server is back', async () => {
    const first = await server();
    const store = createCrosscheckStore({ getStorage: () => new FakeStorage(), key: KEY });
    const id = store.getState().createReview('Harbour fire');
    closers.push(await openShared(store, id, ana, first.url));
    await until(() => teamStatus().link === 'connected');
    await stopServer(first.child);
    await until(() => teamStatus().link === 'reconnecting');
    await server(first.data, first.port);
    await until(() => teamStatus().link === 'connected', 10_000);
  }, 30_000);
});
