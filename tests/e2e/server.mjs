// A small static file server for the end-to-end tests: serves a built dist/ directory from
// 127.0.0.1, optionally under a sub-path (e.g. /explorer/), and can replace single files to
// simulate a missing or broken dataset. Also usable from the command line:
//   node tests/e2e/server.mjs <dist> [port] [prefix]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * Starts serving `root`. `prefix` is the public sub-path ('/' or '/explorer/'). `overrides`
 * maps a path relative to the root ('data/x.json') to `{ status }` or `{ body }`.
 * Resolves to `{ url, close }` where url is the app's address. The server does not keep the
 * process alive (a test that fails before closing it does not hold its file open until the
 * runner's timeout), unless `hold` (the command line's server).
 */
export function serve(root, { prefix = '/', overrides = {}, port = 0, hold = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under ' + prefix);
      return;
    }
    let rel = path.slice(prefix.length);
    const override = overrides[rel];
    if (override) {
      if (override.status) res.writeHead(override.status).end('');
      else res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'text/plain' }).end(override.body);
      return;
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  if (!hold) server.unref();
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      ok({ url: `http://127.0.0.1:${actual}${prefix}`, close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }) });
    });
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [root = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  serve(root, { prefix, port: Number(port), hold: true }).then(({ url }) => console.log(`serving ${root} at ${url}`));
}

/** The project's root folder. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** The two builds the end-to-end tests serve: at the root and under a sub-path. */
export const HOSTINGS = [
  { name: 'at /', dist: `${ROOT}target/e2e/root`, prefix: '/' },
  { name: 'under /explorer/', dist: `${ROOT}target/e2e/explorer`, prefix: '/explorer/' },
];
