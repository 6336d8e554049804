#!/usr/bin/env node
// `pnpm bench`: runs every bench/*.bench.ts (Node) and bench/*.browser.mjs (headless Chromium)
// one after the other and prints each figure beside its target. Timings are never asserted in
// tests: this machine is shared and noisy, so benches compare ratios within one run.
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
for (const file of files) {
  console.log(`\n━━ ${file} ━━`);
  const r = spawnSync(
    process.execPath,
    ['--conditions=@club-inne/source', '--import', 'tsx', join(dir, file)],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
