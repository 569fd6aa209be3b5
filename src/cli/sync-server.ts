import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';

const USAGE = `Usage: npm run sync-server -- [--host HOST] [--port PORT] [--data DIR]

Starts the team-review sync server (a y-websocket server from @y/websocket-server) that shared
reviews connect to, keeping every review's document in a LevelDB folder so nothing is lost on restart.

Options:
  --host HOST  address to bind (env HOST; default 127.0.0.1, this machine only)
  --port PORT  port to listen on (env PORT; default 1234; 0 picks a free one)
  --data DIR   folder the documents are kept in (env SYNC_DATA; default ./.sync-data)
  -h, --help   show this help
`;

/** The server's settings, from flags first, then the environment, then the defaults. */
export interface SyncServerOptions {
  host: string;
  port: number;
  data: string;
}

/** Reads flags and environment; throws a message for people on a bad flag. */
export function parseSyncArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): SyncServerOptions | 'help' {
  const opts: SyncServerOptions = {
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 1234),
    data: env.SYNC_DATA || '.sync-data',
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    const value = (): string => {
      const v = argv[++k];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--host') opts.host = value();
    else if (a === '--port') opts.port = Number(value());
    else if (a === '--data') opts.data = value();
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535`);
  }
  return opts;
}

/** Starts the server; resolves with the bound port and a close function. */
export async function startSyncServer(
  opts: SyncServerOptions,
): Promise<{ port: number; close: () => Promise<void> }> {
  // The server package reads its persistence folder from the environment when it loads.
  process.env.YPERSISTENCE = path.resolve(opts.data);
  const { setupWSConnection } = await import('@y/websocket-server/utils');
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('crosscheck sync server\n');
  });
  wss.on('connection', (conn, req) => setupWSConnection(conn, req));
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.close(() => resolve());
    });
  return { port, close };
}

async function main(): Promise<void> {
  let opts: SyncServerOptions | 'help';
  try {
    opts = parseSyncArgs(process.argv.slice(2), process.env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const { port, close } = await startSyncServer(opts);
  process.stdout.write(
    `Sync server listening on ws://${opts.host}:${port} (documents in ${path.resolve(opts.data)})\n`,
  );
  const stop = () => void close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
