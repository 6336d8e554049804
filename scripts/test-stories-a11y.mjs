#!/usr/bin/env node
// axe-core on every story of the built Storybook (storybook-static/, from the `storybook build`
// step), in French and in English: zero WCAG 2.1 A/AA violation. One Chromium page per
// language loads iframe.html?globals=lang:xx once and moves from story to story through
// Storybook's channel (as its own UI does), which keeps ~100 stories × 2 languages to about a
// minute; a story that fails to render is a failure too.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { addAxe, axeViolations, describeViolations, TAGS } from './lib/axe.mjs';
import { launchChromium, serveFolder } from './lib/browser.mjs';
import { elementsRendered } from './lib/inne-elements.mjs';

const root = new URL('..', import.meta.url).pathname;
const folder = `${root}storybook-static`;

if (!existsSync(`${folder}/index.json`)) {
  console.error('✗ storybook-static/index.json not found: run `pnpm storybook:build` first.');
  process.exit(1);
}
const { entries } = JSON.parse(readFileSync(`${folder}/index.json`, 'utf8'));
// STORIES=regex narrows the run while working on a component.
const only = new RegExp(process.env.STORIES ?? '');
const stories = Object.values(entries)
  .filter((e) => e.type === 'story' && only.test(e.id))
  .map((e) => e.id);

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([serveFolder(folder), launchChromium()]);
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Shows a story in the preview page and waits until it has rendered and its elements settled. */
async function show(page, id) {
  const rendered = await page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = (outcome) => {
          clearTimeout(timer);
          for (const [name, f] of handlers) channel.off(name, f);
          resolve(outcome);
        };
        const handlers = [
          ['storyRendered', (id) => id === storyId && done('ok')],
          ['storyErrored', (e) => done(`errored: ${e?.title ?? ''} ${e?.description ?? ''}`)],
          ['storyThrewException', (e) => done(`threw: ${e?.message ?? e}`)],
          ['storyMissing', () => done('missing')],
        ];
        for (const [name, f] of handlers) channel.on(name, f);
        const timer = setTimeout(() => done('timed out'), 15_000);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
  // A story of the loading state keeps its placeholders: wait a little, not for ever.
  await elementsRendered(page, { within: '#storybook-root', timeout: 1500 }).catch(() => undefined);
  return rendered;
}

test('the built Storybook has stories', () => {
  assert.ok(stories.length > 0, 'index.json lists no story');
});

for (const lang of ['fr', 'en']) {
  describe(`every story in ${lang}, with axe (${TAGS.join(', ')})`, () => {
    let page;
    before(async () => {
      page = await browser.newPage();
      page.on('pageerror', (e) => console.error(`  page error (${lang}): ${e}`));
      // No story id: the first test then renders its story like every other one.
      await page.goto(`${server.origin}/iframe.html?viewMode=story&globals=lang:${lang}`);
      await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__, null, {
        timeout: 30_000,
      });
      // The URL's globals apply to the first story shown; make the language stick for all.
      await page.evaluate(
        (l) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { lang: l } }),
        lang,
      );
      await addAxe(page);
    });
    after(() => page?.close());

    for (const id of stories) {
      test(id, async () => {
        const outcome = await show(page, id);
        assert.equal(outcome, 'ok', `the story renders (${outcome})`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `\n${describeViolations(violations)}`);
      });
    }
  });
}
