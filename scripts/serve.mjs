#!/usr/bin/env node
// A tiny static server for the demo partner page and the docs pages: it serves the repository
// as a static host would (no server logic), so docs/demo loads the built CDN bundle from
// packages/components/dist/cdn exactly as a partner page loads it from a CDN.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypes } from './lib/content-types.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? process.argv[2] ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
// Only what a static host of the kit would publish.
const allowed = ['docs/', 'packages/components/dist/', 'packages/core/dist/'];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/docs/demo/' });
    return res.end();
  }
  let rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
  if (rel.endsWith(sep) || rel === '') rel += 'index.html';
  if (!allowed.some((prefix) => rel.startsWith(prefix)) || rel.includes('..')) {
    res.writeHead(404).end('Not found');
    return;
  }
  let file = join(root, rel);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'access-control-allow-origin': '*',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Inné kit demo: http://${host}:${port}/docs/demo/  (Ctrl+C to stop)`);
});
