#!/usr/bin/env node
// The kit tried as a new user would, from the packed tarballs (what npm would serve), with the
// docs' own snippets:
//   (a) a fresh Vite app installs @club-inne/core and @club-inne/components with npm, imports
//       '@club-inne/components/define', type-checks (HTMLElementTagNameMap, React 19 JSX types)
//       and builds; the built page shows the club's projects in Chromium;
//   (b) a plain HTML page loads dist/cdn/inne.js (twice, from two places, under the strict
//       CSP of docs/webmasters.md) and shows the projects;
//   (c) `inne build-feed` turns a folder of YAML files into a feed that the components show;
//   (d) the core API examples of docs/developers.md (docs/examples/*.ts) type-check (in (a))
//       and print what their `// Prints:` block says;
//   (e) an app of another JSX runtime (Preact, Solid, Stencil…), without React's types, with
//       `strict` and `skipLibCheck: false`, maps `InneElements` into its IntrinsicElements
//       and type-checks.
// Run: node --test scripts/try-as-a-user.mjs (after pnpm build). Temporary files go to the
// system's temp folder and are removed at the end.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { pack } from './lib/pack.mjs';
import { root } from './lib/pnpm.mjs';

const require = createRequire(join(root, 'package.json'));
const bin = {
  vite: join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'),
  tsc: require.resolve('typescript/bin/tsc'),
  tsx: require.resolve('tsx'),
};
// The CSP line of docs/webmasters.md, with the CDN's origin as 'self'.
export const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' https:",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html inne 'allow-duplicates'",
].join('; ');

const work = mkdtempSync(join(tmpdir(), 'inne-try-'));
const app = join(work, 'vite-app');
const otherJsx = join(work, 'other-jsx-app');
const site = join(work, 'site');
let server;
let browser;
let base;

const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const sh = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function serve() {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  return new Promise((resolve) => {
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (path === '/favicon.ico') return res.writeHead(204).end();
      // The Vite app is built for the site's root (its assets are at /assets/).
      const folder = path.startsWith('/assets/') ? join(app, 'dist') : work;
      const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
      let body;
      try {
        body = readFileSync(file);
      } catch {
        return res.writeHead(404).end();
      }
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        ...(path.startsWith('/site/') ? { 'content-security-policy': csp } : {}),
      });
      res.end(body);
    }).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

/** Opens a page; returns the card titles of its first <inne-projects> and what went wrong. */
async function projectsOn(url, selector = 'inne-projects') {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(url);
  const titles = page.locator(selector).first().locator('[part~="title"]');
  await titles.first().waitFor({ timeout: 15_000 });
  const result = {
    titles: await titles.allTextContents(),
    problems,
    page,
  };
  return result;
}

before(async () => {
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const tarballs = ['core', 'components', 'cli'].map((name) => pack(name, packs).tarball);

  // (a) the Vite app of docs/developers.md, as a user writes it.
  write(
    join(app, 'package.json'),
    JSON.stringify({ name: 'my-site', private: true, type: 'module' }, null, 2),
  );
  write(
    join(app, 'index.html'),
    `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>Mon site</title></head>
  <body>
    <inne-projects limit="3"></inne-projects>
    <p id="count"></p>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
  );
  write(
    join(app, 'src/main.ts'),
    `import '@club-inne/components/define';
import { parseFeed } from '@club-inne/core';

// Typed through HTMLElementTagNameMap: InneProjects, not a bare Element.
const projects = document.querySelector('inne-projects');
if (projects) {
  projects.layout = 'list';
  projects.addEventListener('inne-load', (event) => {
    const { feed } = parseFeed(event.detail.feed);
    document.querySelector('#count')!.textContent = String(feed?.projects?.length ?? 0);
  });
}
`,
  );
  write(
    join(app, 'src/react.tsx'),
    `// Type-checked only: the React 19 JSX types of @club-inne/components/jsx.
import type { InneElements } from '@club-inne/components/jsx';

export const props: InneElements['inne-events'] = { when: 'past' };
export const view = (
  <inne-projects sphere="habiter" limit={3} filters oninne-load={(e) => e.detail.feed} />
);
// @ts-expect-error limit is a number or a string, not an object
export const wrong = <inne-projects limit={{}} />;
`,
  );
  write(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        include: ['src', 'examples'],
      },
      null,
      2,
    ),
  );
  console.time('npm install');
  sh(
    'npm',
    ['install', ...tarballs, '@types/react@^19', '--no-audit', '--no-fund', '--prefer-offline'],
    app,
  );
  console.timeEnd('npm install');

  // (e) another JSX runtime's app: no @types/react, every .d.ts checked.
  write(
    join(otherJsx, 'package.json'),
    JSON.stringify({ name: 'my-other-site', private: true, type: 'module' }, null, 2),
  );
  write(
    join(otherJsx, 'src/jsx.d.ts'),
    `// What a runtime's JSX namespace looks like (Preact's, Solid's…), with the Inné tags merged.
import type { InneElements } from '@club-inne/components/jsx-elements';

declare global {
  namespace JSX {
    type Element = unknown;
    interface IntrinsicElements extends InneElements {}
  }
}
`,
  );
  write(
    join(otherJsx, 'src/view.tsx'),
    `import type { InneElements } from '@club-inne/components/jsx-elements';

export const view = (
  <inne-projects sphere="habiter" limit={3} filters oninne-load={(e) => e.detail.feed} />
);
export const props: InneElements['inne-events'] = { when: 'past', limit: 2 };
// @ts-expect-error limit is a number or a string, not an object
export const wrong = <inne-projects limit={{}} />;
`,
  );
  write(
    join(otherJsx, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'preserve',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  sh(
    'npm',
    ['install', ...tarballs.slice(0, 2), '--no-audit', '--no-fund', '--prefer-offline'],
    otherJsx,
  );

  // (d) the examples of docs/developers.md, as files of the app.
  cpSync(join(root, 'docs/examples'), join(app, 'examples'), { recursive: true });

  // Every element of the manifest is typed by tag, the way querySelector users rely on.
  const manifest = JSON.parse(
    readFileSync(join(app, 'node_modules/@club-inne/components/custom-elements.json'), 'utf8'),
  );
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName);
  write(
    join(app, 'src/tags.ts'),
    `import '@club-inne/components/define';\n${tags
      .map(
        (tag, i) =>
          `export const e${i}: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}');\ne${i}.refresh();`,
      )
      .join('\n')}\n`,
  );

  // (c) a folder of item files, as docs/data-publishers.md describes it.
  const folder = join(work, 'my-feed');
  write(join(folder, 'feed.yaml'), 'publisher:\n  name: Ville de Test\n');
  write(join(folder, 'actors/ville-de-test.yaml'), 'name: Ville de Test\nkind: commune\n');
  write(
    join(folder, 'projects/jardins-partages.yaml'),
    'title: Jardins partagés de Test\nspheres: [se-nourrir]\nterritory: Test\nactors:\n  - { actor: ville-de-test, role: porteur }\n',
  );
  write(
    join(folder, 'projects/velo-cargo.json'),
    JSON.stringify({ title: 'Vélos-cargos en partage', spheres: ['se-deplacer'] }),
  );
  mkdirSync(site, { recursive: true });
  sh(join(app, 'node_modules/.bin/inne'), ['build-feed', folder, '-o', join(site, 'feed.json')]);

  // (b) + (c) the plain page of docs/webmasters.md, the CDN files copied as a static host
  // would serve them, and a second copy elsewhere (a theme and a plugin both adding it).
  const cdn = join(app, 'node_modules/@club-inne/components/dist/cdn');
  cpSync(cdn, join(site, 'cdn'), { recursive: true });
  cpSync(cdn, join(site, 'other-copy'), { recursive: true });
  write(
    join(site, 'index.html'),
    `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>Partenaire</title></head>
  <body>
    <script type="module" src="/site/cdn/inne.js"></script>
    <inne-projects></inne-projects>
    <script type="module" src="/site/other-copy/inne.js"></script>
    <script type="module" src="/site/other-copy/inne-projects.js"></script>
  </body>
</html>
`,
  );
  write(
    join(site, 'own-feed.html'),
    `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>Nos projets</title></head>
  <body>
    <script type="module" src="/site/cdn/inne.js"></script>
    <inne-projects src="/site/feed.json"></inne-projects>
  </body>
</html>
`,
  );

  base = await serve();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (process.env.INNE_KEEP) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

const defaultFeed = () =>
  JSON.parse(
    readFileSync(join(app, 'node_modules/@club-inne/components/dist/club-inne.feed.json'), 'utf8'),
  );

test('(a) the Vite app type-checks: HTMLElementTagNameMap, React 19 JSX, docs examples', () => {
  try {
    sh(process.execPath, [bin.tsc, '-p', app]);
  } catch (error) {
    assert.fail(`tsc found errors in the Vite app:\n${error.stdout}${error.stderr}`);
  }
});

test('(e) another JSX runtime types the tags with InneElements, without React', () => {
  try {
    sh(process.execPath, [bin.tsc, '-p', otherJsx]);
  } catch (error) {
    assert.fail(`tsc found errors in the other JSX app:\n${error.stdout}${error.stderr}`);
  }
});

test('(a) the Vite app builds and shows the club projects from the default feed', async () => {
  sh(process.execPath, [bin.vite, 'build', app, '--logLevel', 'warn']);
  const built = readFileSync(join(app, 'dist/index.html'), 'utf8');
  assert.match(built, /<script type="module"[^>]*src="\/assets\//);
  const { titles, problems, page } = await projectsOn(`${base}/vite-app/dist/`);
  const expected = defaultFeed().projects.map((p) => p.title);
  assert.equal(titles.length, 3, 'limit="3" shows three cards');
  for (const t of titles) assert.ok(expected.includes(t.trim()), `"${t}" is a club project`);
  await page.locator('#count:not(:empty)').waitFor();
  assert.equal(await page.locator('#count').textContent(), String(expected.length));
  assert.deepEqual(problems, []);
  await page.close();
});

test('(b) a plain page with the CDN bundle, loaded twice, under a strict CSP', async () => {
  const { titles, problems, page } = await projectsOn(`${base}/site/`);
  const expected = defaultFeed().projects.map((p) => p.title);
  assert.deepEqual(
    titles.map((t) => t.trim()),
    expected,
  );
  assert.deepEqual(problems, [], 'no page error, no CSP violation');
  const jsonLd = await page.locator('inne-projects > script[type="application/ld+json"]').count();
  assert.equal(jsonLd, 1, 'JSON-LD written through the "inne" Trusted Types policy');
  await page.close();
});

test('(c) inne build-feed turns a folder into a feed that <inne-projects src> shows', async () => {
  const { titles, problems, page } = await projectsOn(`${base}/site/own-feed.html`);
  assert.deepEqual(titles.map((t) => t.trim()).sort(), [
    'Jardins partagés de Test',
    'Vélos-cargos en partage',
  ]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('(d) each core example of docs/developers.md prints what it says', () => {
  const files = readdirSync(join(app, 'examples')).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 6, 'the examples are there');
  for (const file of files) {
    const source = readFileSync(join(app, 'examples', file), 'utf8');
    const block = source.split('// Prints:\n')[1];
    assert.ok(block, `${file} ends with a "// Prints:" block`);
    const expected = block
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/^\/\/ ?/, ''));
    let output;
    try {
      output = sh(
        process.execPath,
        ['--import', pathToFileURL(bin.tsx).href, `examples/${file}`],
        app,
      );
    } catch (error) {
      assert.fail(`${file} failed:\n${error.stderr}`);
    }
    // A no-break space reads as a space, and a comment may not hold one (lint's
    // no-irregular-whitespace): grid names keep « & » with their next word by one.
    const lines = output.split('\n').map((l) => l.replace(/[\u00a0\u202f]/g, ' ').trimEnd());
    while (lines.at(-1) === '') lines.pop();
    assert.deepEqual(lines, expected, `docs/examples/${file}: output`);
  }
});
