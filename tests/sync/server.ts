/** Starts and stops the real sync server (`npm run sync-server`'s script) for the integration tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');

/** Runs the server on `port` (0: a free one) of 127.0.0.1 with its documents in `data`; resolves with its address. */
export function startServer(data: string, port = 0): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [tsx, 'src/cli/sync-server.ts', '--port', String(port), '--data', data],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (ws:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ url: m[1] as string, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

/** Stops a server started by startServer; resolves once it has exited. */
export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resolves once `check` holds, polling; rejects after `ms`. */
export function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - start > ms) reject(new Error('timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}
