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

/**
 * Bytes of gzip -9 by file under dist/. `target`: the budgets of issue 9, the size a partner
 * page should pay. They are not met yet (docs/performance.md says what it takes), so CI fails
 * only above `ceiling`, a little over today's size: a regression (zod classic, a second copy of
 * lit, a module pulled in whole by one import) still stops a merge. Lower each ceiling as sizes
 * come down; `--strict` holds the targets instead.
 */
const budgets = {
  // 60.2 KB since each element reads its own collections, one element per frame (the demo's
  // first card no longer waits for every element): see docs/performance.md. +0.4 KB (inne.js)
  // and +0.25 KB (inne-projects.js) for the webmaster audit's reports: an unusable membership
  // `href`, unknown `actor` ids and `territory` names, a missing `project-id`. +0.2 KB
  // (inne.js) for price and bid errors in French and English, and the accessibility audit's
  // fixes (announcements, focus after "Tout afficher", `lang` on each element's text). +0.15
  // KB for the feed's own language on its texts (RGAA 8.7), focus and announcements of a retry.
  // −1.8 KB (inne.js) and −1.1 KB (inne-projects.js) since terser minifies esbuild's output.
  // +0.3 KB for an item kept without the words of its lists that the vocabulary does not have
  // (a sphere added after this copy of the kit), where the whole project was lost. +0.1 KB
  // for the developer audit's argument errors (a grid left out or given by id, toICS's `now`).
  // +0.05 KB (inne.js) for an event's `start` left out said to be missing, and a wrong one
  // said to take a date or a date-time (the other core fixes of 2026-12-07 paid for
  // themselves: the plan's dates lost zod's leap-year patterns). +0.1 KB since a date's day is
  // checked with arithmetic rather than `new Date()`, which made parseFeed 1.4× slower.
  // −0.39 KB (inne.js, 60.07 KB) since the CDN build puts every style sheet side by side, within
  // gzip's window (tsup.config.ts, `stylesFirst`): ceiling 60.2 KB. +0.1 KB (both) on
  // 2026-12-07 for a feed wrapped by an editor or typed `text/json` read or named, wrong ids
  // answered with the feed's ids, filters that fit a phone with text spacing, and a bad
  // publisher `url` that costs the url, not the publisher's name. +0.1 KB (inne.js) for French
  // typography in core's texts (’, no-break spaces), French JSON errors without the engine's
  // English, and feed texts cleared of direction controls (a right-to-left override). +0.1 KB
  // (both) for print styles (no controls on paper, each link's address, items kept whole),
  // no-break spaces before `:` and `;` in the French texts, and an event date that is no date
  // refused with a TypeError naming the field rather than shown as another day. +0.1 KB
  // (inne.js) for printed links that stay readable: a button's label on one line, an event's
  // text beside its links, the payment address without its utm parameters. +0.2 KB (inne.js),
  // +0.2 KB (inne-projects.js) for a feed saved in Windows-1252 refused with core's "save it as
  // UTF-8" instead of shown with "�" for every accent and "no problem" in `debug`, and an amount
  // in euros ("50,00") said to be wanted in cents. +0.35 KB (inne.js), +0.3 KB
  // (inne-projects.js) for a project kept when its actor is written with a name, not an id
  // ("Malaunay"): the entry is dropped as a dangling one, with the id it likely meant, where
  // the whole project was lost from every partner's page. +0.15 KB (both) for a date written
  // day first ("12/03/2026", as the French write it) answered with the very date to write
  // ("écrivez 2026-03-12"), where the message named the format only. +0.05 KB (inne.js) for
  // the payment address printed once below the tiers, where each tier's button printed it.
  // +0.05 KB (both) for feed texts read in Unicode NFC: a name copied from a PDF with its
  // accents as separate marks was over its length limit, and read differently in a calendar;
  // texts that NFC cannot change skip it, so parseFeed keeps its speed.
  // +0.1 KB (both) for an item kept without a wrong image, logo or web address of its own
  // ("images/photo.jpg"), with a warning that names the value, where the whole project was
  // lost from every partner's page. +0.15 KB (inne.js), +0.05 KB (inne-projects.js) for an
  // empty list that says why: a feed without any project or event is no longer said to have
  // « none matching this selection », nor filters that leave out the events to come « no
  // event upcoming ».
  'cdn/inne.js': { target: 28 * KB, ceiling: 61.75 * KB },
  'cdn/inne-projects.js': { target: 16 * KB, ceiling: 28.65 * KB },
};
const strict = process.argv.includes('--strict');

// Static `import … from "x"` / `export … from "x"` / `import "x"` and dynamic `import("x")`. A
// specifier is a relative path or a package name, which keeps template text that happens to
// hold the word `import` (a button label) out of the count.
const importPattern =
  /\bfrom\s*["']([^"'\s]+)["']|\bimport\s*["']([^"'\s]+)["']|\bimport\s*\(\s*["']([^"'\s]+)["']\s*\)/g;
const specifier = /^(?:\.{1,2}\/|@?[a-z0-9][\w.-]*(?:\/|$))/;

/** The file and every local module it imports, transitively, once each. */
function closure(file) {
  const files = new Set();
  const external = new Set();
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(importPattern)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!specifier.test(spec)) continue;
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
let missed = 0;
const row = (r) => {
  const budget = budgets[r.file];
  let verdict = '';
  if (budget) {
    const met = r.gzip <= budget.target;
    if (!met) missed++;
    if (r.gzip > (strict ? budget.target : budget.ceiling)) over++;
    verdict = `  target ≤ ${kb(budget.target)} ${met ? '✓' : '✗'}`;
    if (!strict)
      verdict += `, ceiling ≤ ${kb(budget.ceiling)} ${r.gzip <= budget.ceiling ? '✓' : '✗'}`;
  }
  const cols = [r.file.padEnd(32), kb(r.raw), kb(r.gzip), kb(r.brotli)];
  const note = r.chunks > 1 ? `  [${r.chunks} files]` : '';
  const ext = r.external.length ? `  + ${r.external.join(', ')}` : '';
  console.log(cols.map((c, i) => (i ? c.padStart(9) : c)).join('') + verdict + note + ext);
};

console.log(
  `${'entry'.padEnd(32)}${'raw'.padStart(9)}${'gzip -9'.padStart(9)}${'brotli'.padStart(9)}`,
);
console.log('CDN, self-contained (lit and core inside), minified:');
for (const f of entries('cdn')) row(measure(f));
console.log('npm, own code with the chunks it imports (lit and @club-inne/core are dependencies):');
for (const f of entries('', (f) => f.endsWith('.d.ts'))) row(measure(f));
if (over) {
  console.log(
    `\n✗ ${over} file(s) over their ${strict ? 'target' : 'ceiling'}. Find what grew with`,
  );
  console.log('  esbuild --analyze: docs/performance.md, "When a size grows".');
} else if (missed) {
  console.log(`\n✓ within the ceilings; ${missed} file(s) still above their issue 9 target`);
} else {
  console.log('\n✓ every size within its target');
}
console.log(`(KB = 1,000 bytes; ${relative(process.cwd(), dist) || '.'})`);
process.exit(over ? 1 : 0);
