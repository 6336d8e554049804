#!/usr/bin/env node
// Package checks, as a user installing from npm would meet them: each package is packed,
// the tarball must hold what a user needs (entry points, types, manifest, CDN files) and no
// tests or sources; then publint and "are the types wrong" judge the packed tarball.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/pnpm.mjs';

const packages = {
  core: {
    must: ['package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/feed.schema.json'],
  },
  components: {
    must: [
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/cdn/inne.js',
      'dist/cdn/club-inne.feed.json',
      'dist/club-inne.feed.json',
      'custom-elements.json',
    ],
  },
  cli: { must: ['package.json', 'dist/inne.js'] },
};
const forbidden = [/\.test\.[cm]?[jt]s$/, /(^|\/)src\//, /\.stories\./, /tsconfig/, /tsup\.config/];

const out = mkdtempSync(join(tmpdir(), 'inne-pack-'));
let failures = 0;
const fail = (msg) => {
  failures++;
  console.error(`✗ ${msg}`);
};

for (const [name, { must }] of Object.entries(packages)) {
  const dir = join(root, 'packages', name);
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'pipe' });
  const tarball = readdirSync(out).find((f) => f.startsWith(`club-inne-${name}-`));
  if (!tarball) {
    fail(`${name}: pnpm pack produced no tarball`);
    continue;
  }
  const path = join(out, tarball);
  const files = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  for (const f of must) if (!files.includes(f)) fail(`${name}: the tarball lacks ${f}`);
  for (const f of files)
    if (forbidden.some((re) => re.test(f))) fail(`${name}: the tarball holds ${f}`);
  console.log(`• @club-inne/${name}: ${files.length} files packed`);

  const publint = spawnSync('publint', ['run', '--strict', path], { stdio: 'inherit' });
  if (publint.status !== 0) fail(`${name}: publint`);
  if (name !== 'cli') {
    const attw = spawnSync('attw', [path, '--profile', 'esm-only', '--format', 'table-flipped'], {
      stdio: 'inherit',
    });
    if (attw.status !== 0) fail(`${name}: are-the-types-wrong`);
  }
}

if (failures) {
  console.error(`package checks: ${failures} problem(s)`);
  process.exit(1);
}
console.log('package checks: every tarball is complete, publint and attw agree');
