/** A tiny static file server for tests: serves a folder under a URL prefix on 127.0.0.1, nothing else. */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export type StaticHost = { url: string; requested: string[]; close: () => Promise<void> };

/** Serves `dir` at http://127.0.0.1:PORT{prefix}; anything outside the prefix is a 404, as on a shared host. */
export async function serveStatic(dir: string, prefix: string): Promise<StaticHost> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    const notFound = () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (!path.startsWith(prefix)) {
      notFound();
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) {
      notFound();
      return;
    }
    const file = join(
      dir,
      relative.endsWith(sep) || relative === '.' ? join(relative, 'index.html') : relative,
    );
    stat(file)
      .then((info) => readFile(info.isDirectory() ? join(file, 'index.html') : file))
      .then((body) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      )
      .catch(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    requested,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
