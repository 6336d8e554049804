// <inne-projects> in headless Chromium against a hand-written vanilla page that builds the same
// DOM, and the demo partner page's first card. Every run is a fresh page in a fresh browser
// context; cases are interleaved run by run so that the noise of this shared machine falls on
// all of them alike, and ratios are taken between medians of the same run.
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../scripts/lib/chromium.mjs';
import { projectsFeed } from './lib/feed.mjs';
import { figure, machineLoad, median } from './lib/report.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZES = [100, 1000, 5000];
const root = new URL('..', import.meta.url).pathname;
// BENCH_CDN: another build's dist/cdn (say, main's), to compare before and after in one session.
const built = process.env.BENCH_CDN ?? join(root, 'packages/components/dist/cdn');

try {
  statSync(join(built, 'inne.js'));
} catch {
  console.error(`✗ ${built}/inne.js is missing: run \`pnpm build\` first.`);
  process.exit(1);
}

// A copy of the CDN files taken now: a build started meanwhile (another terminal, another
// engineer) empties dist/cdn for a moment, which would fail a page in the middle of the run.
const cdn = mkdtempSync(join(tmpdir(), 'inne-bench-cdn-'));
cpSync(built, cdn, { recursive: true });
process.on('exit', () => rmSync(cdn, { recursive: true, force: true }));

// A static server on the loopback, as a partner's host would serve the files; the generated
// feeds come from memory.
const feeds = new Map(
  SIZES.map((n) => [`/bench/feeds/${n}.json`, JSON.stringify(projectsFeed(n))]),
);
const types = {
  '.html': 'text/html',
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const feed = feeds.get(path);
  if (feed) return res.writeHead(200, { 'content-type': 'application/json' }).end(feed);
  const rel = normalize(decodeURIComponent(path)).replace(/^\/+/, '');
  const allowed = ['bench/pages/', 'docs/', 'packages/components/dist/'].some((p) =>
    rel.startsWith(p),
  );
  try {
    if (!allowed || rel.includes('..')) throw new Error();
    const path = rel.endsWith('/') ? `${rel}index.html` : rel;
    const inCdn = path.startsWith('packages/components/dist/cdn/');
    const file = inCdn
      ? join(cdn, path.slice('packages/components/dist/cdn/'.length))
      : join(root, path);
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

console.log(machineLoad());
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const version = browser.version();

// Records, inside every shadow root, when the first project card is added, when the frame
// that shows it runs its animation callbacks (\`frame\`) and the first task after that frame,
// and hands them to the runner (\`benchFirstCard\`); the runner then finds the frame's end in
// the Long Animation Frames entries (\`benchFrames\`). Also notes
// when the kit's script started, as the browser reports it (`benchScriptStart`): the Long
// Animation Frames API attributes the scripts of a frame longer than 50 ms, as the one that
// runs the bundle is; it reports them late, often after the card.
function watchFirstCard() {
  const attach = Element.prototype.attachShadow;
  const seen = {};
  const frames = [];
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      frames.push(frame);
      for (const s of frame.scripts ?? [])
        if (s.invokerType === 'module-script' && s.sourceURL.endsWith('/cdn/inne.js'))
          window.benchScriptStart ??= s.startTime;
    }
  }).observe({ type: 'long-animation-frame' });
  window.benchFrames = frames;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    new MutationObserver((_, observer) => {
      if (seen.added !== undefined || !shadow.querySelector('.card')) return;
      seen.added = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        seen.frame = performance.now();
        setTimeout(() => window.benchFirstCard({ ...seen, painted: performance.now() }));
      });
    }).observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
}

// The page calls the runner when the card is painted. Polling from the runner instead
// (`waitForFunction`) injects Playwright's own script into the page and runs it there while
// the page is still loading: over 100 ms of the main thread in a fresh page, which delayed the
// very paint being timed.
async function watchDemo(page) {
  let painted;
  const card = new Promise((resolve) => (painted = resolve));
  await page.exposeFunction('benchFirstCard', painted);
  await page.addInitScript(watchFirstCard);
  return { card };
}

async function fresh(url, read, prepare) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const watched = prepare && (await prepare(page));
  try {
    await page.goto(`${origin}${url}`);
    return await read(page, watched);
  } catch (error) {
    throw new Error(
      `${url}: ${error.message}${errors.length ? `\n  page errors: ${errors.join('; ')}` : ''}`,
    );
  } finally {
    await context.close();
  }
}

const pageResult = (page) =>
  page
    .waitForFunction(() => window.benchResult, null, { timeout: 600_000 })
    .then((h) => h.jsonValue());
const demoResult = async (page, { card }) => {
  let timer;
  const r = await Promise.race([
    card,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('no card painted within 300 s')), 300_000);
    }),
  ]).finally(() => clearTimeout(timer));
  // The bundle's arrival: the earliest its script could start. A module script (the snippet
  // partners paste) also waits for the page's HTML to be parsed and for the frame the page is
  // laying out, so the script starts later; when no long frame reported it, the figure falls
  // back on the arrival, which errs against the kit.
  const arrived = await page.evaluate(() =>
    Math.max(
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('/cdn/inne.js'))
        ?.responseEnd ?? 0,
      performance.getEntriesByType('navigation')[0]?.domInteractive ?? 0,
    ),
  );
  // Read once the card's time is taken: waiting now cannot delay it.
  const reported = await page
    .waitForFunction(() => window.benchScriptStart, null, { timeout: 3000 })
    .then((h) => h.jsonValue())
    .catch(() => undefined);
  // The end of the frame that painted the card: the long animation frame in which the card's
  // rAF callback ran. The task after that frame (\`painted\` as the page saw it) can be another
  // element's turn, which the card did not wait for. A frame under 50 ms is not reported: then
  // the task after it stands, which errs against the kit.
  const frameEnd = await page
    .waitForFunction(
      (t) => {
        const f = window.benchFrames.find((f) => f.startTime + f.duration >= t);
        return f && (f.startTime <= t ? f.startTime + f.duration : -1);
      },
      r.frame,
      { timeout: 3000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => -1);
  const painted = frameEnd > 0 ? Math.min(frameEnd, r.painted) : r.painted;
  return {
    ...r,
    painted,
    after: r.painted,
    framed: frameEnd > 0,
    arrived,
    script: reported ?? arrived,
  };
};

// BENCH_ONLY=demo (or lit, vanilla, 1000…): only the cases whose name contains it, for a
// quick look; the figures of the cases left out are not printed.
const only = process.env.BENCH_ONLY;
const cases = [
  ...SIZES.flatMap((n) => [
    { name: `lit-${n}`, run: () => fresh(`/bench/pages/projects.html?n=${n}`, pageResult) },
    { name: `vanilla-${n}`, run: () => fresh(`/bench/pages/vanilla.html?n=${n}`, pageResult) },
  ]),
  { name: 'demo', run: () => fresh('/docs/demo/', demoResult, watchDemo) },
].filter((c) => !only || c.name.includes(only));

const results = Object.fromEntries(cases.map((c) => [c.name, []]));
for (let i = 0; i <= RUNS; i++) {
  for (const c of cases) {
    const r = await c.run();
    if (r.ok === false)
      throw new Error(`${c.name}: the page did not show what it should (${JSON.stringify(r)})`);
    if (i > 0) results[c.name].push(r); // run 0 warms up the browser and the disk cache
    // Each page's figures as they come (stderr), for a run too slow to wait for.
    if (process.env.BENCH_VERBOSE) console.error(i, c.name, JSON.stringify(r));
  }
  process.stdout.write(i ? `\r  run ${i}/${RUNS}` : '  warm-up');
}
process.stdout.write('\r');
await browser.close();
server.close();

const med = (name, key) => median(results[name].map((r) => r[key]));
const ran = (name) => results[name]?.length > 0;
console.log(`Chromium ${version}, median of ${RUNS} fresh pages per case`);
for (const n of SIZES.filter((n) => ran(`lit-${n}`) && ran(`vanilla-${n}`))) {
  const lit = med(`lit-${n}`, 'render');
  const vanilla = med(`vanilla-${n}`, 'render');
  const label = `<inne-projects> ${n.toLocaleString('en')} projects, .feed to laid-out page`;
  console.log(`${label}: ${lit.toFixed(1)} ms, vanilla ${vanilla.toFixed(1)} ms`);
  figure(
    `  ratio to vanilla at ${n.toLocaleString('en')}`,
    lit / vanilla,
    n === 1000 ? { unit: '×', max: 1.3 } : { unit: '×' },
  );
}
if (ran('lit-1000') && ran('vanilla-1000')) {
  const update = med('lit-1000', 'update');
  const rebuild = med('vanilla-1000', 'update');
  console.log(
    `one title changed (1,000 projects): ${update.toFixed(1)} ms, vanilla full rebuild ${rebuild.toFixed(1)} ms`,
  );
  figure('  ratio to the vanilla rebuild', update / rebuild, { unit: '×', max: 0.1 });
}
const demo = ran('demo') ? results.demo : [];
if (demo.length) {
  const fromScript = median(demo.map((r) => r.painted - r.script));
  figure(
    'demo page, first card painted after navigation start',
    median(demo.map((r) => r.painted)),
    {
      unit: 'ms',
    },
  );
  figure(
    'demo page, first card painted after the bundle arrived',
    median(demo.map((r) => r.painted - r.arrived)),
    { unit: 'ms' },
  );
  figure('demo page, first card painted after script start', fromScript, { unit: 'ms', max: 200 });
  const unattributed = demo.filter((r) => r.script === r.arrived).length;
  if (unattributed)
    console.log(
      `  (${unattributed} of ${demo.length} pages reported no script start: timed from the arrival)`,
    );
  const unframed = demo.filter((r) => !r.framed).length;
  if (unframed)
    console.log(
      `  (${unframed} of ${demo.length} pages reported no frame for the card: timed at the task after it)`,
    );
  // Before, the card was timed at the first task after its frame (BENCH_VERBOSE shows both).
  figure(
    '  the same, timed at the first task after the frame',
    median(demo.map((r) => r.after - r.script)),
    { unit: 'ms' },
  );
}
