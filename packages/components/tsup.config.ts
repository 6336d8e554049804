import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

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
 * Minifiers leave template strings alone, so the css`` of the *.styles.ts files would ship
 * with their indentation and comments. Those templates hold no expressions, only CSS: strip
 * comments and the spaces that CSS does not need.
 */
const minifyStyles: Plugin = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, ({ path }) => ({
      loader: 'ts',
      contents: readFileSync(path, 'utf8').replace(
        /css`([^`$]*)`/g,
        (_, body: string) =>
          `css\`${body
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}')
            .trim()}\``,
      ),
    }));
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
    esbuildPlugins: [minifyStyles],
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
    minify: true,
    sourcemap: true,
    splitting: false,
    clean: true,
    noExternal: [/.*/],
    banner: { js: banner },
    esbuildPlugins: [minifyStyles],
    esbuildOptions(options) {
      options.conditions = ['@club-inne/source'];
    },
  },
]);
