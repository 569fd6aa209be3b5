// Runs a command-line tool of src/cli compiled into one JavaScript file, so that it starts as plain
// Node does: through tsx, every run first loads the TypeScript loader and transforms each module,
// which on a 2-core machine is a good part of a second. The file is built with esbuild when missing
// or older than any source file, into node_modules/.cache (or $CROSSCHECK_CLI_CACHE), then imported.
//
// Usage: node src/cli/run.mjs NAME [ARGS...]   (src/cli/NAME.ts must export main(argv, url): Promise<number>,
// url being the compiled file's, and serveHelper(), which a worker thread started on that file runs)
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOOLS = new Set(['align']);

/** The newest modification time of the files under dir (and package.json, whose versions it bundles). */
function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

function builtAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

async function compiled(name) {
  const dir = process.env.CROSSCHECK_CLI_CACHE ?? join(root, 'node_modules', '.cache', 'crosscheck-cli');
  const out = join(dir, `${name}.mjs`);
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
  if (builtAt(out) > sources) return out;
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      // In a worker thread the same file serves as the tool's helper (see align-threads.ts). The main
      // thread exits once its output is written: Node's orderly end frees every object of a large
      // run one by one (about a tenth of a second after a 20 x 300 comparison).
      contents: [
        `import { once } from 'node:events';`,
        `import { isMainThread } from 'node:worker_threads';`,
        `import { main, serveHelper } from './${name}.ts';`,
        `if (isMainThread) {`,
        `  const code = await main(process.argv.slice(3), new URL(import.meta.url));`,
        `  for (const s of [process.stdout, process.stderr]) if (s.writableLength > 0) await once(s, 'drain');`,
        `  process.exit(code);`,
        `} else serveHelper();`,
        '',
      ].join('\n'),
      resolveDir: join(root, 'src', 'cli'),
      sourcefile: `${name}-entry.ts`,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    // Bundled CommonJS packages may call require(): give the ES module one.
    banner: { js: "import { createRequire as __cc_require } from 'node:module'; const require = __cc_require(import.meta.url);" },
  });
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so that two runs building at once never read half a file.
  const part = `${out}.${process.pid}.part`;
  writeFileSync(part, result.outputFiles[0].contents);
  renameSync(part, out);
  return out;
}

const name = process.argv[2];
if (!TOOLS.has(name)) {
  process.stderr.write(`run: unknown tool "${name ?? ''}" (one of: ${[...TOOLS].join(', ')})\n`);
  process.exitCode = 2;
} else {
  // A tool runs once and exits: V8's optimising compiler inlining callees into their callers made a
  // 20 x 300 comparison compile some 400 functions several times over (a callee's deoptimisation
  // throws away its callers' code too), on the core the garbage collector also uses. Without
  // inlining the same run took 4.3 s instead of 6.1 s of wall time and 4.9 s instead of 6.0 s of CPU
  // (medians of four alternating runs on a busy 2-core machine); the output is the same.
  setFlagsFromString('--no-turbo-inlining');
  // package.json's `align` script also starts Node with --single-threaded-gc: with the helper thread
  // (align-threads.ts) both cores run JavaScript, and V8's parallel collector tasks then only compete
  // with them. 20 x 300 took 2.55 s instead of 2.76 s of wall time (medians of five alternating runs,
  // same output). With --threads 1 it costs about 2% (2.85 s against 2.80 s, three alternating runs),
  // and the five seeds take 0.38 s either way. It must be given on the command line: set here, once
  // the heap exists, V8 aborts.
  await import(pathToFileURL(await compiled(name)).href);
}
