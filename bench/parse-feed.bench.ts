// parseFeed on 10,000 valid projects and their actors, hot: what a page pays when it is given a
// large feed (`.feed`, or a fetched JSON text once JSON.parse has read it). Warm up first (JIT,
// the validators built on first use), then the median of several runs. Printed beside its
// target; never asserted.
import { parseFeed } from '../packages/core/src/index.js';
import { projectsFeed } from './lib/feed.mjs';
import { figure, machineLoad, median } from './lib/report.mjs';

const COUNT = 10_000;
const WARM_UP = 5;
const RUNS = 15;
const text = JSON.stringify(projectsFeed(COUNT));

const check = parseFeed(JSON.parse(text));
if (check.feed?.projects.length !== COUNT || check.issues.length) {
  console.error('✗ the generated feed is not valid:', check.issues.slice(0, 3));
  process.exit(1);
}

const times: number[] = [];
for (let i = 0; i < WARM_UP + RUNS; i++) {
  // A fresh object each run, read outside the timing, one at a time (a small heap, as a page).
  const input: unknown = JSON.parse(text);
  const start = performance.now();
  parseFeed(input);
  const ms = performance.now() - start;
  if (i >= WARM_UP) times.push(ms);
}
console.log(machineLoad());
figure(`parseFeed ${COUNT.toLocaleString('en')} projects (hot, median of ${RUNS})`, median(times), {
  unit: 'ms',
  max: 40,
});
