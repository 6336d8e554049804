// Lint: TypeScript, Lit, lit-a11y and web-components rules, plus the forbidden sinks of the
// security rules (docs/security.md): feed data must never reach HTML, SVG or CSS parsers.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbiddenImports = {
  paths: [
    {
      name: 'lit',
      importNames: ['unsafeCSS'],
      message: 'Styles come only from static css`` (security rule 5).',
    },
    {
      name: 'lit/directives/unsafe-html.js',
      message: 'Never render HTML from data (security rule 2).',
    },
    {
      name: 'lit/directives/unsafe-svg.js',
      message: 'Never render SVG from data (security rule 2).',
    },
    {
      name: 'lit/directives/unsafe-mathml.js',
      message: 'Never render MathML from data (security rule 2).',
    },
    {
      name: 'lit/static-html.js',
      message: 'Static templates can inject markup (security rule 2).',
    },
    {
      name: 'zod',
      message: "Import from 'zod/mini': classic zod probes eval and bundles every locale.",
    },
  ],
  patterns: [
    {
      group: ['lit-html/directives/unsafe-*', 'lit-html/static.js'],
      message: 'Forbidden sink (security rule 2).',
    },
  ],
};

const forbiddenSyntax = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'No HTML sinks (security rule 2).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No HTML sinks (security rule 2).',
  },
  {
    selector: "CallExpression[callee.name='eval']",
    message: 'No eval: strict CSP (security rule 6).',
  },
  {
    selector: "NewExpression[callee.name='Function']",
    message: 'No new Function: strict CSP (security rule 6).',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      '.tools/**',
      // Test caches (a whole WordPress install lives there after the plugin test).
      '.cache/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', forbiddenImports],
      'no-restricted-syntax': ['error', ...forbiddenSyntax],
    },
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/components/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'InneElement'] } },
  },
  {
    // Core has no DOM: it must run in Node and browsers alike.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'HTMLElement'],
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
