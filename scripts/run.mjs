#!/usr/bin/env node
// The README's two commands: `npm start` (the demo partner page) and `npm test` (every check).
// Both work on a fresh machine with only Node 20 and npm: pnpm comes from corepack (pinned with
// its hash), dependencies from the lockfile, Chromium from CHROME_PATH, PATH or apt.
import { findChromium } from './lib/chromium.mjs';
import { ensurePnpm, run } from './lib/pnpm.mjs';

const task = process.argv[2];
const pnpm = ensurePnpm();
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
if (!run(pnpm, ['install', '--prefer-offline', ...frozen])) process.exit(1);

if (task === 'start') {
  if (!run(pnpm, ['build'])) process.exit(1);
  run('node', ['scripts/serve.mjs', ...process.argv.slice(3)]);
} else if (task === 'check') {
  process.env.CHROME_PATH = findChromium();
  const steps = [
    ['build', ['build']],
    ['size budgets', ['exec', 'node', 'scripts/check-size.mjs']],
    ['lint', ['lint']],
    ['typecheck', ['typecheck']],
    ['core, CLI and build tests (node --test)', ['test:core']],
    ['component tests (Chromium)', ['test:components']],
    ['storybook build', ['storybook:build']],
    [
      'stories accessible in fr and en (axe, Chromium)',
      ['exec', 'node', '--test-reporter=dot', 'scripts/test-stories-a11y.mjs'],
    ],
    [
      'the demo page, strict CSP, Trusted Types and visible focus (Chromium)',
      [
        'exec',
        'node',
        '--test',
        '--test-reporter=spec',
        'scripts/test-demo.mjs',
        'scripts/test-strict-csp.mjs',
        'scripts/test-focus-visible.mjs',
      ],
    ],
    ['package checks', ['exec', 'node', 'scripts/check-packages.mjs']],
    ['docs up to date (reference.md, developers.md examples)', ['run', 'docs:check']],
    [
      'tried as a new user (Vite app, CDN page, inne build-feed)',
      ['exec', 'node', '--test', 'scripts/try-as-a-user.mjs'],
    ],
    [
      'iframe embed and snippet configurator (Chromium)',
      ['exec', 'node', '--test-reporter=spec', 'scripts/test-embed.mjs'],
    ],
    [
      'WordPress plugin (WordPress 6.1 and 6.5 multisites, an Editor, Chromium)',
      ['exec', 'bash', 'scripts/test-wordpress.sh'],
    ],
  ];
  const results = [];
  for (const [name, args] of steps) {
    console.log(`\n━━ ${name} ━━`);
    const started = Date.now();
    const ok = run(pnpm, args);
    results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  }
  console.log('\n━━ summary ━━');
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
} else {
  console.error('usage: node scripts/run.mjs start|check');
  process.exit(2);
}
