import { readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig } from 'tsup';
import type { Options } from 'tsup';
import { minifyTemplates } from './scripts/minify-templates.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const banner = `/*! Inné kit — @club-inne/components v${version} — MIT — Club Inné (EFC Normandie) */`;

/**
 * One entry per element besides the whole set, so that a partner or a bundler can take only
 * what a page shows: every `src/<folder>/define.ts` becomes `<tag>.js`, named after the tag it
 * registers. A new component is picked up without editing this file (package.json `exports`
 * still lists it: scripts/check-packages.mjs says when one is missing).
 */
const elements = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const path = `src/${d.name}/define.ts`;
      let source: string;
      try {
        source = readFileSync(path, 'utf8');
      } catch {
        return [];
      }
      const tag = /defineElement\(\s*'(inne-[a-z-]+)'/.exec(source)?.[1];
      if (!tag) throw new Error(`${path} registers no inne-* tag with defineElement('…')`);
      return [[tag, path]];
    }),
);

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The static text of the components' templates, minified (scripts/minify-templates.ts), on
 * their own modules only (core and lit are left alone). A css`` template that cannot be
 * minified fails the build with its file and line.
 */
const minifyTemplatesPlugin: Plugin = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]components[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!/\b(html|svg|css)`/.test(source)) return undefined;
      return { loader: 'ts', contents: minifyTemplates(source, relative(process.cwd(), path)) };
    });
  },
};

/**
 * `inne.js` holds every element's style sheet, each beside its element's code: tens of KB
 * apart, farther than gzip's 32 KB window, so the rules and values they share (`display:grid`,
 * `border-radius:var(--_radius)`, `color-mix(in srgb,…)`) were paid for again in each. The
 * CDN build imports every sheet at the top of `src/define.ts`, which puts them side by side,
 * right after lit: 0.39 KB less after gzip (0.45–0.5 KB with the elements in other orders). A
 * sheet only builds its `css` result, so evaluating them first changes nothing else. The
 * single-element files carry two or three sheets within one window: the same would save
 * them about 30 bytes.
 */
const stylesFirst: Plugin = {
  name: 'styles-first',
  setup(build) {
    const entry = /[\\/]components[\\/]src[\\/]define\.ts$/;
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.styles.ts'))
      .map((f) => f.replaceAll('\\', '/'))
      .sort();
    build.onLoad({ filter: entry }, ({ path }) => ({
      loader: 'ts',
      contents:
        sheets.map((f) => `import './${f.replace(/\.ts$/, '.js')}';\n`).join('') +
        readFileSync(path, 'utf8'),
    }));
    // A bare import of a module without side effects is dropped, with a warning: keep these.
    // (esbuild holds the flag per module, so every import of a sheet says it; all are used.)
    build.onResolve({ filter: /\.styles\.js$/ }, async (args) => {
      if (args.pluginData === 'styles-first') return undefined;
      const { path, importer, kind, resolveDir } = args;
      const resolved = await build.resolve(path, {
        importer,
        kind,
        resolveDir,
        pluginData: 'styles-first',
      });
      return { ...resolved, sideEffects: true };
    });
  },
};

export default defineConfig([
  {
    // npm: ES modules for bundlers, with types; lit and core stay dependencies, shared code
    // goes to chunks so that two elements never carry two copies of it.
    entry: { index: 'src/index.ts', define: 'src/define.ts', ...elements },
    outDir: 'dist',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    // Types of core come from its built .d.ts (core builds first), not its source: several
    // times faster, and what npm users will see.
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    splitting: true,
    // Keep dist/cdn: the CDN build below writes there at the same time.
    clean: ['!cdn/**'],
    external: ['lit', /^lit\//, '@club-inne/core'],
    esbuildPlugins: [minifyTemplatesPlugin],
  },
  {
    // CDN: each file self-contained (lit and core included) and minified, for a plain
    // <script type="module" src="…/inne.js">. Core is read from its source so that the
    // bundle keeps only what the elements use.
    entry: { inne: 'src/define.ts', ...elements },
    outDir: 'dist/cdn',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    // esbuild minifies (see esbuildOptions), then terser's passes inline and drop what
    // esbuild leaves: about 3% less after gzip. No unsafe or pure_getters assumptions; the
    // source map goes through both.
    minify: 'terser',
    terserOptions: {
      module: true,
      ecma: 2020,
      compress: { passes: 3 },
      mangle: { toplevel: true },
      format: { comments: /^!/ },
      sourceMap: true,
    },
    sourcemap: true,
    splitting: false,
    clean: true,
    noExternal: [/.*/],
    banner: { js: banner },
    esbuildPlugins: [stylesFirst, minifyTemplatesPlugin],
    // The default feed must sit beside the bundles after any build, even a bare `tsup` run:
    // without it a bare <inne-projects> shows its error state.
    onSuccess: 'node scripts/copy-assets.mjs',
    esbuildOptions(options) {
      options.conditions = ['@club-inne/source'];
      // tsup turns esbuild's own minifier off when terser is asked for; both together do best.
      options.minify = true;
      // Lit's licence notices go to `<file>.LEGAL.txt` beside each bundle, which a comment at
      // its end names: they stay with the code without weighing on every page load.
      options.legalComments = 'linked';
    },
  },
]);
