// Custom Elements Manifest (custom-elements.json): tags, attributes, properties, events, parts
// and CSS properties read from the classes' JSDoc, for Storybook controls, IDEs and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
