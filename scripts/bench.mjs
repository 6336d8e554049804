#!/usr/bin/env node
// `pnpm bench`: runs every bench/*.bench.ts (Node) and bench/*.browser.mjs (headless Chromium)
// one after the other and prints each figure beside its target, then the sizes of the built
// bundles beside theirs (`scripts/check-size.mjs`, also a CI step). Timings are never asserted
// in tests: this machine is shared and noisy, so benches compare ratios within one run.
// `pnpm bench <word>` runs only the files whose name contains it (`size`: only the sizes).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../bench', import.meta.url).pathname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => /\.bench\.ts$|\.browser\.mjs$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();
let failed = 0;
const run = (title, args) => {
  console.log(`\n━━ ${title} ━━`);
  if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) failed++;
};
for (const file of files)
  run(file, ['--conditions=@club-inne/source', '--import', 'tsx', join(dir, file)]);
if (!only || 'size'.includes(only))
  run('sizes (scripts/check-size.mjs)', [new URL('check-size.mjs', import.meta.url).pathname]);
process.exit(failed ? 1 : 0);
