/**
 * A tiny static server for the benchmark: files from the repository (the built bundle, its locale
 * files, the demo pages) and pages the benchmark generates, kept in memory and served under
 * /bench/pages/. Nothing is cached, so every load in a fresh browser context is a cold one.
 * `delays` holds files to answer late, as a distant server would. With `compress` set, text files
 * go out gzipped to a browser that accepts it, as a CDN sends them (for the throttled loads, where
 * the bytes on the wire are what costs).
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts the server on 127.0.0.1 at a free port. `pages` maps a path under /bench/pages/ to its
 * HTML, and can be filled after the server starts (the static floor is made in the browser).
 */
export async function startServer(root) {
  const pages = new Map();
  /** Paths answered only after a delay (ms), as a file from a distant server would be. */
  const delays = new Map();
  const gzipped = new Map();
  const state = { compress: false };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (delays.has(path)) await new Promise((resolve) => setTimeout(resolve, delays.get(path)));
    const headers = { 'Cache-Control': 'no-store' };
    if (pages.has(path)) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      response.end(pages.get(path));
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (state.compress && /^text\//.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file);
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(200, { ...headers, 'Content-Type': type });
      response.end(body);
    } catch {
      response.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    pages,
    delays,
    port,
    /** Whether files go out gzipped (see above). */
    set compress(value) {
      state.compress = value;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
