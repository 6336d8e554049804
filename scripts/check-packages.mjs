#!/usr/bin/env node
// Package checks, as a user installing from npm would meet them: each package is packed,
// the tarball must hold what a user needs (entry points, types, manifest, CDN files, README)
// and no tests or sources; every element of the manifest must have its npm entry, its CDN
// file and its HTMLElementTagNameMap entry; the manifest must point at published files; then
// publint and "are the types wrong" judge the packed tarball.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles, pack } from './lib/pack.mjs';

const packages = {
  core: {
    must: [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/feed.schema.json',
      'dist/vocabulary.json',
    ],
  },
  components: {
    must: [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/define.d.ts',
      'dist/jsx.d.ts',
      'dist/jsx.js',
      'dist/jsx-elements.d.ts',
      'dist/jsx-elements.js',
      'dist/cdn/inne.js',
      'dist/cdn/club-inne.feed.json',
      'dist/cdn/feed.schema.json',
      'dist/cdn/vocabulary.json',
      'dist/vocabulary.json',
      'dist/club-inne.feed.json',
      'custom-elements.json',
    ],
  },
  cli: { must: ['package.json', 'README.md', 'dist/inne.js'] },
};
const forbidden = [/\.test\.[cm]?[jt]s$/, /(^|\/)src\//, /\.stories\./, /tsconfig/, /tsup\.config/];

const out = mkdtempSync(join(tmpdir(), 'inne-pack-'));
let failures = 0;
const fail = (msg) => {
  failures++;
  console.error(`✗ ${msg}`);
};

/**
 * What npm reads before a user runs anything: the Node versions the READMEs promise (npm warns
 * on an older Node rather than the command failing later), a licence, and public access, which
 * a scoped package needs on its first publication, also when published by hand.
 */
function checkManifest(name, manifest) {
  if (manifest.engines?.node !== '>=20')
    fail(`${name}: package.json lacks "engines": { "node": ">=20" } (the README says Node ≥ 20)`);
  if (!manifest.license) fail(`${name}: package.json lacks "license"`);
  if (manifest.publishConfig?.access !== 'public')
    fail(`${name}: package.json lacks "publishConfig": { "access": "public" }`);
}

/** What a user of the components package relies on, element by element. */
function checkElements(dir, files) {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const types = files
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const tagMap = [...types.matchAll(/interface HTMLElementTagNameMap\s*\{([^}]*)\}/g)]
    .map((m) => m[1])
    .join('\n');
  const cdn = readFileSync(join(dir, 'dist/cdn/inne.js'), 'utf8');

  const refs = [];
  const walk = (node, where) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, where));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'path' || k === 'module') && typeof v === 'string') refs.push(v);
        // Two JSDoc tags on one line end up as one description: the docs would show
        // "The wrapper. @csspart list - …" and lose the second part.
        else if (
          typeof v === 'string' &&
          /(^|\s)@(attr|prop|fires|event|csspart|cssprop|cssproperty|slot)\s/.test(v)
        )
          fail(
            `components: a JSDoc tag inside a description of ${where}${node.name ? ` (${node.name})` : ''}: one tag per line`,
          );
        else walk(v, node.tagName ? `<${node.tagName}>` : where);
      }
  };
  walk(manifest.modules, 'the manifest');
  for (const ref of new Set(refs))
    if (!files.includes(ref))
      fail(`components: custom-elements.json points at ${ref}, not in the package`);

  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName);
  if (tags.length === 0) fail('components: custom-elements.json describes no element');
  for (const tag of tags) {
    const entry = exports[`./${tag}`];
    if (entry?.default !== `./dist/${tag}.js` || entry?.types !== `./dist/${tag}.d.ts`)
      fail(
        `components: package.json exports lacks "./${tag}": { "types": "./dist/${tag}.d.ts", "default": "./dist/${tag}.js" }`,
      );
    if (!files.includes(`dist/cdn/${tag}.js`)) fail(`components: no CDN file dist/cdn/${tag}.js`);
    if (!new RegExp(`['"]${tag}['"]\\s*:`).test(tagMap))
      fail(
        `components: no HTMLElementTagNameMap entry for <${tag}> in the published types (does its define module export the class?)`,
      );
    if (!cdn.includes(`"${tag}"`)) fail(`components: dist/cdn/inne.js does not register <${tag}>`);
  }
  console.log(`  elements: ${tags.join(', ')}`);
}

for (const [name, { must }] of Object.entries(packages)) {
  let packed;
  try {
    packed = pack(name, out);
  } catch (error) {
    fail(`${name}: ${error.message}`);
    continue;
  }
  const files = listFiles(packed.dir);
  for (const f of must) if (!files.includes(f)) fail(`${name}: the tarball lacks ${f}`);
  for (const f of files)
    if (forbidden.some((re) => re.test(f))) fail(`${name}: the tarball holds ${f}`);
  checkManifest(name, JSON.parse(readFileSync(join(packed.dir, 'package.json'), 'utf8')));
  console.log(`• @club-inne/${name}: ${files.length} files packed`);
  if (name === 'components') checkElements(packed.dir, files);

  const publint = spawnSync('publint', ['run', '--strict', packed.tarball], { stdio: 'inherit' });
  if (publint.status !== 0) fail(`${name}: publint`);
  if (name !== 'cli') {
    // The CDN files are for <script type="module">, not for TypeScript imports.
    const attw = spawnSync(
      'attw',
      [packed.tarball, '--profile', 'esm-only', '--format', 'table-flipped'],
      { stdio: 'inherit' },
    );
    if (attw.status !== 0) fail(`${name}: are-the-types-wrong`);
  }
}

if (failures) {
  console.error(`package checks: ${failures} problem(s)`);
  process.exit(1);
}
console.log('package checks: every tarball is complete, publint and attw agree');
