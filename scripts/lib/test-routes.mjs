// Feed servers that misbehave, for the reliability tests (packages/components/src/test/
// hardening/reliability.test.ts): a middleware of web-test-runner's dev server that answers
// /__test__/… the way real hosts fail. Each answer is written by hand on the raw response so
// that no compression or caching layer smooths it over. Every timer stops when the browser
// hangs up, and every route ends by itself.

/** Requests seen per `key`: how many, and how many the browser abandoned (aborted) midway. */
const seen = new Map();
const MB = 1024 * 1024;

function feed(n = 3, title = 'Projet') {
  return JSON.stringify({
    version: 1,
    publisher: { name: 'Serveur de test' },
    actors: [{ id: 'club-inne', name: 'Club Inné', kind: 'association' }],
    projects: Array.from({ length: n }, (_, i) => ({
      id: `projet-${i + 1}`,
      title: `${title} ${i + 1}`,
      summary: 'Un écosystème coopératif territorialisé autour des effets utiles.',
      phase: ['emergence', 'structuration', 'formalisation', 'consolidation'][i % 4],
      spheres: [['se-nourrir', 'habiter', 'se-deplacer'][i % 3]],
      territory: i % 2 ? 'Pays de Falaise' : 'Elbeuf',
      actors: [{ actor: 'club-inne', role: 'accompagnateur' }],
    })),
  });
}

/** Waits `ms`, or less if the browser hangs up meanwhile. */
const sleep = (ms, res) =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });

/** Waits until the socket takes more, or the browser hangs up. */
const drained = (res) =>
  new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });

function json(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

const routes = {
  /** A valid feed of `n` projects, after `delay` ms. */
  async feed(res, q) {
    await sleep(Number(q.get('delay') ?? 0), res);
    if (!res.destroyed) json(res, 200, feed(Number(q.get('n') ?? 3), q.get('title') ?? 'Projet'));
  },
  /** Never answers (until the browser gives up, or a minute has passed). */
  async never(res) {
    await sleep(60_000, res);
    if (!res.destroyed) res.destroy();
  },
  /** Any status, with a small body. */
  status(res, q) {
    json(res, Number(q.get('code') ?? 500), '{"error":"test"}');
  },
  /** JSON cut in the middle, sent as a complete 200 response. */
  malformed(res) {
    json(res, 200, feed().slice(0, 120));
  },
  /** Announces a length, sends part of it, then drops the connection. */
  truncated(res) {
    const body = feed(50);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.write(body.slice(0, 1000));
    setTimeout(() => res.destroy(), 50);
  },
  /** An HTML page where a feed was expected (a host's "not found" page served with 200). */
  html(res) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="fr"><title>Page introuvable</title><h1>Oups</h1></html>');
  },
  /**
   * 10 MB of JSON-looking text, announced with content-length or not (`announce=0`), paced so
   * that a client that stops reading is seen hanging up before the end: at least 1.3 s for the
   * whole body, so that even on a loaded machine the loopback socket's buffers cannot take the
   * rest of it before the browser's abort arrives.
   */
  async huge(res, q) {
    const total = 10 * MB;
    const headers = { 'content-type': 'application/json' };
    if (q.get('announce') !== '0') headers['content-length'] = total;
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    chunk.write('{"version":1,"projects":[');
    for (let sent = 0; sent < total && !res.destroyed; sent += chunk.length) {
      if (!res.write(chunk)) await drained(res);
      await sleep(8, res);
    }
    if (!res.destroyed) res.end();
  },
  /** A valid feed, `size` bytes every `every` ms: finishes in time or not, as asked. */
  async trickle(res, q) {
    const body = Buffer.from(feed(Number(q.get('n') ?? 3)));
    const size = Number(q.get('size') ?? 64);
    const every = Number(q.get('every') ?? 50);
    res.writeHead(200, { 'content-type': 'application/json' });
    for (let i = 0; i < body.length && !res.destroyed; i += size) {
      res.write(body.subarray(i, i + size));
      await sleep(every, res);
    }
    if (!res.destroyed) res.end();
  },
  /** The first request of a `key` gets a feed; the next ones a 503. */
  flaky(res, q, count) {
    if (count === 1) json(res, 200, feed(3, 'Stable'));
    else json(res, 503, '{"error":"maintenance"}');
  },
  /** What the server saw for a `key`: `{ hits, aborted }`. */
  hits(res, q) {
    json(res, 200, JSON.stringify(seen.get(q.get('key')) ?? { hits: 0, aborted: 0 }));
  },
};

/** Koa middleware for @web/dev-server: `middleware: [testRoutes]`. */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const name = ctx.path.slice('/__test__/'.length);
  const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
  if (!route) return next();
  const q = ctx.URL.searchParams;
  const key = q.get('key');
  let stats;
  if (key && name !== 'hits') {
    stats = seen.get(key) ?? { hits: 0, aborted: 0 };
    seen.set(key, stats);
    stats.hits++;
  }
  const res = ctx.res;
  ctx.respond = false; // written by hand below
  res.once('close', () => {
    if (stats && !res.writableFinished) stats.aborted++;
  });
  await route(res, q, stats?.hits ?? 0);
}
