#!/usr/bin/env node
// Copies the club's default feed beside every bundle (dist/ for npm, dist/cdn/ for the CDN),
// where `new URL('./club-inne.feed.json', import.meta.url)` finds it, and core's published
// JSON Schema beside it when core is built, so that data publishers find both together.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const here = (path) => new URL(`../${path}`, import.meta.url);
const schema = here('../core/dist/feed.schema.json');

for (const dir of ['dist/', 'dist/cdn/']) {
  mkdirSync(here(dir), { recursive: true });
  copyFileSync(here('src/club-inne.feed.json'), here(`${dir}club-inne.feed.json`));
  if (existsSync(schema)) copyFileSync(schema, here(`${dir}feed.schema.json`));
}
console.log(
  `copy-assets: club-inne.feed.json${existsSync(schema) ? ' and feed.schema.json' : ''} → dist/, dist/cdn/`,
);
