// Chromium through playwright-core (Debian's browser: npm packages cannot download one here),
// and static servers on a free loopback port, for the page-level checks run by scripts/run.mjs
// (strict CSP, stories' accessibility).
import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { contentTypes } from './content-types.mjs';

/** A headless Chromium; close it when done. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs.filter((a) => !a.startsWith('--headless')),
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * scripts/serve.mjs (the demo server, which serves only what a static host of the kit would)
 * on a free port. Resolves to its origin and a `stop()`.
 */
export async function startDemoServer() {
  const port = await freePort();
  const root = new URL('../..', import.meta.url).pathname;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve.mjs did not start')), 10_000);
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
    child.stdout.on('data', (d) => {
      if (String(d).includes('http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Serves a folder (e.g. storybook-static) on a free loopback port. */
export async function serveFolder(folder) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let rel = normalize(path).replace(/^[/\\]+/, '');
    if (rel === '' || rel.endsWith(sep)) rel += 'index.html';
    const file = join(folder, rel);
    try {
      if (rel.includes('..') || !statSync(file).isFile()) throw new Error();
    } catch {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
