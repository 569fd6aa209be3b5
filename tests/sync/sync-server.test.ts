// @vitest-environment node
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServer as start, stopServer, until } from './server.ts';

const servers: ChildProcess[] = [];
const providers: WebsocketProvider[] = [];
const folders: string[] = [];

/** Runs the server on a free 127.0.0.1 port, stopped after each test. */
async function startServer(data: string): Promise<{ url: string; child: ChildProcess }> {
  const started = await start(data);
  servers.push(started.child);
  return started;
}

function connect(url: string, room: string): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket as never });
  providers.push(provider);
  return { doc, provider };
}

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map(stopServer));
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

describe('npm run sync-server', () => {
  it('carries a change from one client to another through the server', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'sync-'));
    folders.push(data);
    const { url } = await startServer(data);
    const a = connect(url, 'review-1');
    const b = connect(url, 'review-1');
    await until(() => a.provider.synced && b.provider.synced);
    a.doc.getMap('claims').set('c1', 'disputed');
    await until(() => b.doc.getMap('claims').get('c1') === 'disputed');
    b.doc.getMap('claims').set('c2', 'verified');
    await until(() => a.doc.getMap('claims').get('c2') === 'verified');
    expect(a.doc.getMap('claims').toJSON()).toEqual(b.doc.getMap('claims').toJSON());
  }, 30_000);

  it('keeps documents in its folder across a restart', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'sync-'));
    folders.push(data);
    const first = await startServer(data);
    const a = connect(first.url, 'review-2');
    await until(() => a.provider.synced);
    a.doc.getMap('claims').set('c1', 'unsourced');
    // Give the server a moment to store the update, then stop it and the client.
    await new Promise((r) => setTimeout(r, 300));
    a.provider.destroy();
    await stopServer(first.child);
    const second = await startServer(data);
    const b = connect(second.url, 'review-2');
    await until(() => b.provider.synced);
    await until(() => b.doc.getMap('claims').get('c1') === 'unsourced');
    expect(b.doc.getMap('claims').get('c1')).toBe('unsourced');
  }, 30_000);

  it('binds to 127.0.0.1 unless told otherwise', async () => {
    const { parseSyncArgs } = await import('../../src/cli/sync-server.ts');
    expect(parseSyncArgs([], {})).toEqual({ host: '127.0.0.1', port: 1234, data: '.sync-data' });
    expect(parseSyncArgs(['--port', '9000'], { HOST: '0.0.0.0', SYNC_DATA: '/srv/x' })).toEqual({
      host: '0.0.0.0',
      port: 9000,
      data: '/srv/x',
    });
    expect(() => parseSyncArgs(['--port', 'x'], {})).toThrow(/port/);
  });
});
