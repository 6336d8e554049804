#!/usr/bin/env node
// Runs every *.test.ts under the given folders (or the given test files) with Node's test
// runner (through tsx).
// Node 20 does not expand globs, and with no file it "passes" with 0 tests: we list the files
// ourselves and refuse an empty list.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = process.argv
  .slice(2)
  .flatMap((path) => (statSync(path).isDirectory() ? walk(path) : [path]))
  .sort();
if (files.length === 0) {
  console.error('✗ no test file found under', process.argv.slice(2).join(', '));
  process.exit(1);
}
const r = spawnSync(
  process.execPath,
  ['--conditions=@club-inne/source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
