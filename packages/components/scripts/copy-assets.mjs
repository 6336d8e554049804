#!/usr/bin/env node
// Copies the club's default feed beside every bundle (dist/ for npm, dist/cdn/ for the CDN),
// where `new URL('./club-inne.feed.json', import.meta.url)` finds it, and core's published
// JSON Schema and vocabulary labels beside it when core is built, so that data publishers and
// tools without JavaScript (the snippet configurator, the WordPress plugin) find them together.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const here = (path) => new URL(`../${path}`, import.meta.url);
const fromCore = ['feed.schema.json', 'vocabulary.json'].filter((name) =>
  existsSync(here(`../core/dist/${name}`)),
);

for (const dir of ['dist/', 'dist/cdn/']) {
  mkdirSync(here(dir), { recursive: true });
  copyFileSync(here('src/club-inne.feed.json'), here(`${dir}club-inne.feed.json`));
  for (const name of fromCore) copyFileSync(here(`../core/dist/${name}`), here(`${dir}${name}`));
}
console.log(`copy-assets: ${['club-inne.feed.json', ...fromCore].join(', ')} → dist/, dist/cdn/`);
