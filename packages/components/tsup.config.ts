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
 * comments and the spaces that CSS does not need (after `:` and before `!important`, around
 * `/` and punctuation), and the zero of `0.5em`. Quoted strings (`content: ' : '`) are left as
 * written.
 */
const minifyCssText = (text: string) =>
  text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>/]|!important)\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();
const minifyCss = (source: string) =>
  source.replace(
    /css`([^`$]*)`/g,
    (_, body: string) => `css\`${minifyCssText(body.replace(/\/\*[\s\S]*?\*\//g, ''))}\``,
  );

// Elements around which whitespace never shows (block boxes, lists, tables, SVG shapes): a
// line break between two of them, or between one of them and text, can go. Between inline
// elements (`<span>a</span> <a>`) a line break is a visible space: it becomes one space.
const blockTags = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td tfoot th thead tr ul option optgroup select style template slot svg g line polygon polyline circle rect path defs title desc'.split(
    ' ',
  ),
);
const tagName = (tag: string) => /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';

/**
 * The static text of an html``/svg`` template without the indentation of the formatted
 * source: whitespace runs holding a line break vanish between two tags when either is a block
 * element and become one space elsewhere (HTML shows any run of spaces as one). Text inside
 * <pre> and <textarea> is left as written.
 */
function collapseTemplateText(text: string, inPre: { value: boolean }): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(<\/?[a-zA-Z][\w-]*)|(\s*\n\s*)/g)) {
    if (m[1]) {
      const name = tagName(m[1]);
      if (name === 'pre' || name === 'textarea') inPre.value = !m[1].startsWith('</');
      continue;
    }
    if (inPre.value) continue;
    const i = m.index!;
    const before = text.slice(0, i);
    const after = text.slice(i + m[0].length);
    const prevTag = /<\/?[a-zA-Z][\w-]*[^<>]*>$/.exec(before)?.[0];
    const nextTag = /^<\/?[a-zA-Z][\w-]*/.exec(after)?.[0];
    // Inside a tag (between attributes): one space, or none before its closing `>`.
    const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
    let by = ' ';
    if (inTag) by = after.startsWith('>') || after.startsWith('/>') ? '' : ' ';
    else if (i === 0 && last === 0 && nextTag && blockTags.has(tagName(nextTag))) by = '';
    else if (
      (prevTag && blockTags.has(tagName(prevTag))) ||
      (nextTag && blockTags.has(tagName(nextTag)))
    )
      by = '';
    else if (prevTag && nextTag) by = ' ';
    out += text.slice(last, i) + by;
    last = i + m[0].length;
  }
  return out + text.slice(last);
}

/**
 * Rewrites every html`…` and svg`…` template of a module with `collapseTemplateText`, leaving
 * the `${…}` expressions as written (templates nested in them included, which get the same
 * treatment). A small scanner: strings, comments and nested templates are skipped whole.
 */
function minifyHtmlTemplates(source: string): string {
  let i = 0;
  let out = '';
  const n = source.length;
  // Copies a string literal or comment starting at i; returns the index after it.
  const skipQuoted = (q: string) => {
    let j = i + 1;
    while (j < n && source[j] !== q) j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  // Scans an expression up to its matching `}` (i at the first character after `${`).
  const expression = (): string => {
    let depth = 0;
    let acc = '';
    while (i < n) {
      const c = source[i]!;
      if (c === '}' && depth === 0) return acc;
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === "'" || c === '"') {
        const j = skipQuoted(c);
        acc += source.slice(i, j);
        i = j;
      } else if (c === '`') {
        const tagged = /\b(html|svg)\s*$/.test(acc);
        acc += template(tagged);
      } else {
        acc += c;
        i++;
      }
    }
    return acc;
  };
  // A template starting at i (on its backtick); returns its new text, i after it.
  const template = (minify: boolean): string => {
    let acc = '`';
    i++;
    let text = '';
    const pre = { value: false };
    const flush = () => {
      acc += minify ? collapseTemplateText(text, pre) : text;
      text = '';
    };
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        i++;
        return acc + '`';
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        i += 2;
        acc += '${' + expression() + '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return acc;
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const j = source.indexOf('\n', i);
      const end = j < 0 ? n : j;
      out += source.slice(i, end);
      i = end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2) + 2;
      out += source.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      const j = skipQuoted(c);
      out += source.slice(i, j);
      i = j;
    } else if (c === '`') {
      out += template(/\b(html|svg)\s*$/.test(out.slice(-8)));
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Both of the above, on the components' own modules (core and lit are left alone). */
const minifyTemplates: Plugin = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]components[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (path.endsWith('.styles.ts')) return { loader: 'ts', contents: minifyCss(source) };
      if (!/\b(html|svg)`/.test(source)) return undefined;
      return { loader: 'ts', contents: minifyHtmlTemplates(source) };
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
    esbuildPlugins: [minifyTemplates],
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
    esbuildPlugins: [stylesFirst, minifyTemplates],
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
