// Component tests in real Chromium (Debian's, found by scripts/lib/chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/lib/chromium.mjs';
import { testRoutes } from './scripts/lib/test-routes.mjs';

export default {
  rootDir: '.',
  files: ['packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@club-inne/source', 'browser', 'development'] },
  // /__test__/…: feed servers that time out, fail, truncate, trickle (reliability tests).
  middleware: [testRoutes],
  plugins: [
    esbuildPlugin({
      ts: true,
      // No `json` loader: it would serve every .json file as a JS module, and the components
      // fetch feeds (the default club-inne.feed.json among them) as plain JSON.
      tsconfig: 'packages/components/tsconfig.json',
      target: 'es2022',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), args: chromiumArgs, headless: true },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
