#!/usr/bin/env node
// Size budgets of the components package, checked in CI after `pnpm build`. Each entry is
// counted with every chunk it imports (static and dynamic: a partner's page loads them all),
// compressed as a CDN would serve it: gzip -9 (the budget) and brotli (reported). Sizes are
// stable on any machine, unlike timings, so this is the one performance check that can fail.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const dist = new URL('../packages/components/dist/', import.meta.url).pathname;
const KB = 1000;

/** Budgets in bytes of gzip -9, by file under dist/. */
const budgets = {
  'cdn/inne.js': 28 * KB,
  'cdn/inne-projects.js': 16 * KB,
};

// `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`, `import("./x.js")`.
const importPattern =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The file and every local module it imports, transitively, once each. */
function closure(file) {
  const files = new Set();
  const external = new Set();
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(importPattern)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(join(dirname(path), spec));
      else
        external.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(file);
  return { files: [...files], external: [...external].sort() };
}

function measure(file) {
  const { files, external } = closure(join(dist, file));
  // One buffer, as if concatenated: a fair upper bound of what separate requests cost.
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  return {
    file,
    chunks: files.length,
    external,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }).length,
  };
}

if (!existsSync(join(dist, 'cdn/inne.js'))) {
  console.error('✗ packages/components/dist/cdn/inne.js is missing: run `pnpm build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const entries = (folder, skip = () => false) =>
  readdirSync(join(dist, folder))
    .filter((f) => f.endsWith('.js') && !f.startsWith('chunk-') && !skip(f))
    .sort()
    .map((f) => (folder ? `${folder}/${f}` : f));

let over = 0;
const row = (r) => {
  const budget = budgets[r.file];
  const verdict = budget === undefined ? '' : r.gzip <= budget ? '✓' : '✗';
  if (verdict === '✗') over++;
  const cols = [
    r.file.padEnd(26),
    kb(r.raw).padStart(9),
    kb(r.gzip).padStart(9),
    kb(r.brotli).padStart(9),
    budget === undefined ? '' : `  (budget ≤ ${kb(budget)} gzip) ${verdict}`,
  ];
  const note = r.chunks > 1 ? `  [${r.chunks} files]` : '';
  const ext = r.external.length ? `  + ${r.external.join(', ')}` : '';
  console.log(cols.join('') + note + ext);
};

console.log(
  `${'entry'.padEnd(26)}${'min'.padStart(9)}${'gzip -9'.padStart(9)}${'brotli'.padStart(9)}`,
);
console.log('CDN (self-contained: lit and core included)');
for (const f of entries('cdn')) row(measure(f));
console.log('npm (own code with its chunks; lit and @club-inne/core are dependencies)');
for (const f of entries('', (f) => f.endsWith('.d.ts'))) row(measure(f));
console.log(
  over
    ? `\n✗ ${over} file(s) over budget. See docs/performance.md for what usually causes it.`
    : '\n✓ every size within its budget',
);
console.log(`(KB = 1,000 bytes; measured in ${relative(process.cwd(), dist) || '.'})`);
process.exit(over ? 1 : 0);
