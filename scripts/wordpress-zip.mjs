#!/usr/bin/env node
// Builds dist/inne-kit-wordpress.zip, the WordPress plugin as a webmaster uploads it
// (Plugins → Add New → Upload): wordpress/inne-kit/ plus its own copy of the CDN bundle and the
// club's default feed (from packages/components/dist/cdn, built by `pnpm build`), plus the
// French translation compiled from the .po file. Nothing built is committed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePo, toJed, toMo } from './lib/gettext.mjs';
import { zip } from './lib/zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(root, 'wordpress/inne-kit');
// INNE_CDN_DIR: package another build of the CDN files (a release downloaded from npm, say).
const cdn = process.env.INNE_CDN_DIR ?? join(root, 'packages/components/dist/cdn');
const out = join(root, 'dist/inne-kit-wordpress.zip');
// Script files whose strings the block editor translates (wp_set_script_translations).
const editorScripts = ['blocks/component/editor.js'];
// What the plugin ships from the CDN build: the bundle, the licence notices it names (Lit's),
// the default feed beside it, and the vocabulary the shortcodes accept, with its labels.
const assets = ['inne.js', 'inne.js.LEGAL.txt', 'club-inne.feed.json', 'vocabulary.json'];

const missing = assets.filter((f) => !existsSync(join(cdn, f)));
if (missing.length) {
  console.error(
    `✗ ${missing.join(', ')} missing in ${relative(root, cdn)}: run \`pnpm build\` first.`,
  );
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const entries = walk(plugin)
  .filter((path) => !path.endsWith('.po'))
  .map((path) => ({ name: `inne-kit/${relative(plugin, path)}`, data: readFileSync(path) }));

for (const file of assets) {
  entries.push({ name: `inne-kit/assets/${file}`, data: readFileSync(join(cdn, file)) });
}

for (const po of readdirSync(join(plugin, 'languages')).filter((f) => f.endsWith('.po'))) {
  const locale = /^inne-kit-(.+)\.po$/.exec(po)?.[1];
  if (!locale) continue;
  const parsed = parsePo(readFileSync(join(plugin, 'languages', po), 'utf8'));
  entries.push({ name: `inne-kit/languages/inne-kit-${locale}.mo`, data: toMo(parsed) });
  for (const script of editorScripts) {
    const md5 = createHash('md5').update(script).digest('hex');
    entries.push({
      name: `inne-kit/languages/inne-kit-${locale}-${md5}.json`,
      data: Buffer.from(toJed(parsed, locale)),
    });
  }
}

entries.sort((a, b) => (a.name < b.name ? -1 : 1));
mkdirSync(dirname(out), { recursive: true });
const archive = zip(entries);
writeFileSync(out, archive);
console.log(
  `✓ ${relative(root, out)}: ${entries.length} files, ${(archive.length / 1024).toFixed(0)} KiB`,
);
