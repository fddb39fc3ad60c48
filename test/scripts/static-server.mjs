/**
 * A tiny static file server on 127.0.0.1 for the benchmark and Lighthouse: serves the project
 * folder as it is, plus extra in-memory pages. No caching headers tricks, gzip like a CDN would.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Starts the server; `pages` maps a path to HTML text. Resolves to { url, close }. */
export function serve(root, pages = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, type, body) => {
      const gz = /gzip/.test(req.headers['accept-encoding'] ?? '') && body.length > 512;
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'max-age=3600',
        ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gz ? gzipSync(body) : body);
    };
    if (pages[path] !== undefined) return send(200, TYPES['.html'], Buffer.from(pages[path]));
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return send(403, 'text/plain', Buffer.from('forbidden'));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send(404, 'text/plain', Buffer.from('not found'));
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
