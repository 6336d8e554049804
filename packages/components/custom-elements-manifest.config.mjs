// Custom Elements Manifest (custom-elements.json): tags, attributes, properties, events, parts
// and CSS properties read from the classes' JSDoc, for Storybook controls, IDEs and docs. The
// plugin rewrites it to the published paths (dist/<tag>.js) and the public API.
import { publishedManifest } from './scripts/published-manifest.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publishedManifest()],
};
