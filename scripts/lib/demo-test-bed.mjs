// For the node:test page checks: the demo server and Chromium, started together before the
// tests of a file and stopped after them.
import { after, before } from 'node:test';
import { launchChromium, startDemoServer } from './browser.mjs';

/** `{ server, browser }`, filled in before the first test runs. */
export function demoTestBed() {
  const bed = { server: undefined, browser: undefined };
  before(async () => {
    [bed.server, bed.browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  after(async () => {
    await bed.browser?.close();
    bed.server?.stop();
  });
  return bed;
}
