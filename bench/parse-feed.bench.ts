// parseFeed on 10,000 valid projects and their actors, hot: what a page pays when it is given a
// large feed (`.feed` or a fetched JSON text already parsed by JSON.parse). Warm up first (JIT,
// zod's lazy set-up), then the median of several runs. Printed beside its target; never asserted.
import { parseFeed } from '../packages/core/src/index.js';
import { projectsFeed } from './lib/feed.mjs';
import { figure, median } from './lib/report.mjs';

const COUNT = 10_000;
const RUNS = 15;
const input = projectsFeed(COUNT);

// Each run parses its own copy: parseFeed keeps no cache, but a fresh object is what a page has.
const copies = Array.from({ length: RUNS + 5 }, () => structuredClone(input));
const check = parseFeed(copies[0]);
if (check.feed?.projects.length !== COUNT || check.issues.length) {
  console.error('✗ the generated feed is not valid:', check.issues.slice(0, 3));
  process.exit(1);
}
for (let i = 1; i < 5; i++) parseFeed(copies[i]);

const times: number[] = [];
for (let i = 5; i < copies.length; i++) {
  const start = performance.now();
  parseFeed(copies[i]);
  times.push(performance.now() - start);
}
figure(`parseFeed ${COUNT.toLocaleString('en')} projects (hot, median of ${RUNS})`, median(times), {
  unit: 'ms',
  max: 40,
});
