#!/usr/bin/env node
// axe-core on every story of the built Storybook (storybook-static/, from the `storybook build`
// step), in French and in English: zero WCAG 2.1 A/AA violation. One Chromium page per
// language loads iframe.html?globals=lang:xx once and moves from story to story through
// Storybook's channel (as its own UI does), which keeps ~100 stories × 2 languages to about a
// minute; a story that fails to render is a failure too. Each element's docs list the page
// tokens its styles read. Then, from what the stories showed: every
// state a component declares a part for (loading, error, empty, stale, debug) and every
// attribute it takes has a story, so a designer finds each one in Storybook.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { addAxe, axeViolations, describeViolations, TAGS } from './lib/axe.mjs';
import { launchChromium, serveFolder } from './lib/browser.mjs';
import { elementSource, unusedNames } from './lib/element-source.mjs';
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
const manifest = JSON.parse(
  readFileSync(`${root}packages/components/custom-elements.json`, 'utf8'),
);
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const docsPages = Object.values(entries)
  .filter((e) => e.type === 'docs')
  .map((e) => e.id);

// What the stories showed, per element: its state parts and the attributes set on it.
const shown = new Map();
const statePart = /^(loading|error|empty|stale|debug)$/;
// Attributes with nothing to see: a story of them would look like the default one (a heading
// level is heard, not seen). An attribute an element ignores is not documented for it (`@unused`
// in its class's JSDoc): a control of it would change nothing, and this check names it.
const nothingToSee = new Set([
  'no-jsonld',
  'persist',
  'utm-campaign',
  'utm-medium',
  'heading-level',
]);
// What the kit logs while a story shows: a story must show it too (its debug panel, error or
// "older data" note), or the designer looks at a story whose feed is quietly wrong.
let logged = [];
// The states (loading, error, empty, stale, debug) each story shows on its own, in French.
const statesOf = new Map();
const statesIn = (parts) =>
  [...new Set(parts)]
    .filter((p) => statePart.test(p))
    .sort()
    .join(' ');

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

/** Notes the state parts and attributes of the Inné elements the story shows; gives its parts. */
async function noteShown(page) {
  const elements = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root *')]
      .filter((e) => e.localName.startsWith('inne-'))
      .map((e) => ({
        tag: e.localName,
        attributes: e.getAttributeNames(),
        parts: [...(e.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((p) =>
          p.getAttribute('part').split(/\s+/),
        ),
      })),
  );
  for (const { tag, attributes, parts } of elements) {
    const seen = shown.get(tag) ?? new Set();
    for (const name of [...attributes, ...parts.map((p) => `::part(${p})`)]) seen.add(name);
    shown.set(tag, seen);
  }
  return new Set(elements.flatMap((e) => e.parts));
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
      page.on('console', (m) => {
        // The kit's own reports; the browser's line for a failed request says nothing more.
        if (/^(error|warning)$/.test(m.type()) && !/^Failed to load resource/.test(m.text()))
          logged.push(m.text());
      });
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) reloads++;
      });
      await open();
    });
    after(() => page?.close());
    let reloads = 0;
    async function open() {
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
      reloads = 0;
    }

    for (const id of stories) {
      test(id, async () => {
        logged = [];
        let outcome;
        try {
          outcome = await show(page, id);
        } catch (error) {
          // Storybook's preview has reloaded itself in the middle of a story, once in many
          // runs on a loaded machine: the page lost its channel and axe, not the story its
          // rendering. Open the preview afresh and show the story again; anything else fails.
          if (!reloads) throw error;
          console.warn(`  the preview page reloaded during ${id} (${lang}); shown again`);
          await open();
          outcome = await show(page, id);
        }
        assert.equal(outcome, 'ok', `the story renders (${outcome})`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `\n${describeViolations(violations)}`);
        const parts = await noteShown(page);
        if (lang === 'fr') statesOf.set(id, statesIn(parts));
        if (!['debug', 'error', 'stale'].some((p) => parts.has(p)))
          assert.deepEqual(
            logged,
            [],
            'logged, not shown: give the story `debug`, or fix its feed',
          );
      });
    }
  });
}

// A docs page shows each story in the state its own view shows (the older data kept after a
// failed refresh, a refused price…), not the state before its play function.
describe('every docs page, in fr', () => {
  let page;
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });
  after(() => page?.close());

  for (const id of docsPages) {
    test(id, async () => {
      await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=docs&globals=lang:fr`);
      await page.waitForSelector('.sbdocs-content', { timeout: 30_000 });
      await page.waitForTimeout(1000);
      // Scrolled to each story in turn: the assessment renders as it nears the viewport.
      const anchors = await page.$$eval('[id^="anchor--"]', (all) => all.map((a) => a.id));
      for (const anchor of anchors) {
        await page.evaluate((a) => document.getElementById(a)?.scrollIntoView(), anchor);
        await page.waitForTimeout(100);
      }
      await elementsRendered(page, { timeout: 1500 }).catch(() => undefined);
      const onPage = await page.evaluate(() =>
        [...document.querySelectorAll('[id^="anchor--"]:not([id^="anchor--primary--"])')].map(
          (a) => [
            a.id.replace(/^anchor--/, ''),
            [...a.querySelectorAll('*')]
              .filter((e) => e.localName.startsWith('inne-'))
              .flatMap((e) => [...(e.shadowRoot?.querySelectorAll('[part]') ?? [])])
              .flatMap((p) => p.getAttribute('part').split(/\s+/)),
          ],
        ),
      );
      const differ = onPage
        .filter(([story]) => statesOf.has(story))
        .map(([story, parts]) => [story, statesIn(parts), statesOf.get(story)])
        .filter(([, docs, own]) => docs !== own)
        .map(([story, docs, own]) => `${story}: "${docs}" on the docs page, "${own}" on its own`);
      assert.deepEqual(differ, [], 'stories shown in another state on the docs page');
    });
  }
});

// Only on a full run: a run narrowed with STORIES shows a part of the stories.
describe(
  'every state and attribute of each component has a story',
  { skip: !!process.env.STORIES },
  () => {
    for (const d of declarations) {
      test(`<${d.tagName}>`, () => {
        const seen = shown.get(d.tagName) ?? new Set();
        const wanted = [
          ...(d.cssParts ?? [])
            .filter((p) => statePart.test(p.name))
            .map((p) => `::part(${p.name})`),
          ...(d.attributes ?? []).map((a) => a.name).filter((n) => !nothingToSee.has(n)),
        ];
        assert.deepEqual(
          wanted.filter((w) => !seen.has(w)),
          [],
          'states and attributes no story shows',
        );
      });
    }
  },
);

// The page tokens (those some element documents) each element's styles read, shared styles
// included: its docs table and its controls list every one, or a token that works there looks
// unsupported to the designer reading them.
// Shared style sheets bring rules for what some elements never show (the radar has no main
// button, the form never waits for a feed): the class says so on its `@unused` line.
const readInVain = Object.fromEntries(
  declarations.map((d) => {
    const source = elementSource(d.tagName);
    return [d.tagName, source ? unusedNames(source) : []];
  }),
);
describe('every element documents the page tokens its styles read', () => {
  let read;
  before(async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/iframe.html?viewMode=story`);
    await page.waitForFunction(() => customElements.get('inne-projects'), null, {
      timeout: 30_000,
    });
    read = await page.evaluate(
      (tags) => {
        const tokensOf = (tag) => {
          const sheets = [customElements.get(tag).elementStyles].flat(Infinity);
          const text = sheets
            .map((s) => [...(s.styleSheet ?? s).cssRules].map((r) => r.cssText).join('\n'))
            .join('\n');
          return [...new Set(text.match(/var\(--inne-[\w-]+/g) ?? [])].map((v) => v.slice(4));
        };
        return Object.fromEntries(tags.map((tag) => [tag, tokensOf(tag)]));
      },
      declarations.map((d) => d.tagName),
    );
    await page.close();
  });
  const documented = new Set(
    declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
  );
  for (const d of declarations) {
    test(`<${d.tagName}>`, () => {
      const own = new Set((d.cssProperties ?? []).map((p) => p.name));
      const missing = read[d.tagName]
        .filter((t) => documented.has(t) && !own.has(t) && !readInVain[d.tagName]?.includes(t))
        .sort();
      assert.deepEqual(missing, [], 'page tokens it reads that its docs do not list');
    });
  }
});
