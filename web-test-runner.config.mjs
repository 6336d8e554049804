// Component tests in real Chromium (Debian's, found by scripts/lib/chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/lib/chromium.mjs';
import { testRoutes } from './scripts/lib/test-routes.mjs';

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: Windows contrast themes, which
 * the emulateMedia command cannot set through Puppeteer. The CDP session stays open: Chromium
 * drops its emulation when the session that set it detaches.
 */
const forcedColors = {
  name: 'forced-colors',
  sessions: new Map(),
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    let cdp = this.sessions.get(page);
    if (!cdp) this.sessions.set(page, (cdp = await page.createCDPSession()));
    const value = payload === 'active' ? 'active' : 'none';
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

export default {
  rootDir: '.',
  files: ['packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@club-inne/source', 'browser', 'development'] },
  // /__test__/…: feed servers that time out, fail, truncate, trickle (reliability tests).
  middleware: [testRoutes],
  plugins: [
    forcedColors,
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
